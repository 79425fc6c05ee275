package com.cpay.platform.domain.payout.model;

import org.jmolecules.ddd.annotation.ValueObject;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.EmailRule;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The PIX key a payout goes to ({@code accountType} + {@code toAccount}, s.5), valid for its type.
 *
 * <p>The document's {@code String(12)} for {@code toAccount} is not enforced (e-mails and random keys are
 * longer, docs/decisions.md, decision 19); the rules of each key type are enforced instead, errors on field
 * {@code toAccount}:
 * <ul>
 *   <li>CPF/CNPJ: check digits verified, punctuation accepted and removed ({@code cpf-check-digit},
 *       {@code cnpj-check-digit}, {@code cpf-cnpj-format});</li>
 *   <li>e-mail: at most 77 characters, the PIX directory's limit ({@code max-length}, {@code email});</li>
 *   <li>mobile: {@code +55}, a two-digit area code (digits 1-9) and an 8- or 9-digit number, nothing else
 *       ({@code mobile-format});</li>
 *   <li>random key: a UUID in its 8-4-4-4-12 form, normalised to lower case as the PIX directory issues it
 *       ({@code random-key-format}).</li>
 * </ul>
 *
 * @param type  the key type
 * @param value the key, normalised (bare CPF/CNPJ, lower-case random key)
 */
@ValueObject
public record PixKey(PixAccountType type, String value) {

    /** Error field name. */
    public static final String FIELD = "toAccount";
    /** Longest e-mail key the PIX directory accepts. */
    public static final int MAX_EMAIL_LENGTH = 77;

    private static final Pattern MOBILE = Pattern.compile("\\+55[1-9]{2}[0-9]{8,9}");
    private static final Pattern RANDOM_KEY = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public PixKey {
        Checks.required(PixAccountType.FIELD, type);
        if (value == null || value.isBlank()) {
            throw ValidationException.of(FIELD, Checks.REQUIRED, FIELD + " is required");
        }
        value = normalise(type, value);
    }

    /** Reads a key as C-Pay's form carries it: {@code accountType} code and {@code toAccount} text. */
    public static PixKey fromWire(String accountType, String toAccount) {
        return new PixKey(PixAccountType.fromWire(accountType), toAccount);
    }

    /** The key type's wire code, for {@code accountType}. */
    public int accountTypeCode() {
        return type.wireCode();
    }

    private static String normalise(PixAccountType type, String value) {
        switch (type) {
            case CPF_CNPJ:
                return BrazilianTaxId.normalise(FIELD, value);
            case EMAIL:
                return email(value);
            case MOBILE:
                return matching(MOBILE, value, "mobile-format",
                        " must be +55, a 2-digit area code and an 8 or 9 digit number");
            default:
                return matching(RANDOM_KEY, value.toLowerCase(Locale.ROOT), "random-key-format",
                        " must be a random key (UUID, 8-4-4-4-12 hexadecimal)");
        }
    }

    private static String email(String value) {
        if (value.length() > MAX_EMAIL_LENGTH) {
            throw ValidationException.of(FIELD, Checks.MAX_LENGTH,
                    FIELD + " must be at most " + MAX_EMAIL_LENGTH + " characters for an e-mail key");
        }
        if (!EmailRule.isPlausible(value)) {
            throw ValidationException.of(FIELD, "email", FIELD + " must be an e-mail address");
        }
        return value;
    }

    private static String matching(Pattern pattern, String value, String rule, String must) {
        if (!pattern.matcher(value).matches()) {
            throw ValidationException.of(FIELD, rule, FIELD + must);
        }
        return value;
    }
}
