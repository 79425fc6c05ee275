package com.cpay.platform.domain.order;

import org.jmolecules.ddd.annotation.ValueObject;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A card number reduced to what may be stored: the first 6 digits (BIN) and the last 4
 * (docs/decisions.md, decision 11). It can only be obtained from a masked text or by masking a full number, and
 * it never holds the hidden digits: the full number passes through {@link #mask(CharSequence)} and is
 * not kept.
 *
 * <p>Rendered as {@code 411111******1111}. Error messages never repeat the input.
 */
@ValueObject
public final class MaskedPan {

    /** The field name used in errors. */
    public static final String FIELD = "cardNumber";

    private static final int MIN_DIGITS = 12;
    private static final int MAX_DIGITS = 19;
    // 12..19 digit numbers hide 2..9 digits between the BIN and the last four.
    private static final Pattern MASKED = Pattern.compile("(\\d{6})[*Xx]{2,9}(\\d{4})");
    private static final String MIDDLE = "******";

    private final String bin;
    private final String last4;

    private MaskedPan(String bin, String last4) {
        this.bin = bin;
        this.last4 = last4;
    }

    /**
     * Masks a full card number (spaces and dashes between digit groups tolerated) and keeps only the
     * first 6 and last 4 digits.
     *
     * @throws ValidationException field {@code cardNumber}, rule {@code pattern}
     */
    public static MaskedPan mask(CharSequence cardNumber) {
        if (cardNumber == null) {
            throw ValidationException.of(FIELD, "required", "a card number is required");
        }
        StringBuilder digits = new StringBuilder(MAX_DIGITS);
        for (int i = 0; i < cardNumber.length(); i++) {
            char c = cardNumber.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-') {
                throw invalid("a card number holds only digits, spaces and dashes");
            }
        }
        int length = digits.length();
        if (length < MIN_DIGITS || length > MAX_DIGITS) {
            throw invalid("a card number has 12 to 19 digits");
        }
        return new MaskedPan(digits.substring(0, 6), digits.substring(length - 4));
    }

    /**
     * Reads an already masked number such as {@code 411111******1111} (mask characters {@code *} or
     * {@code X}). A full, unmasked number is refused, so a real PAN cannot sneak in this way.
     *
     * @throws ValidationException field {@code cardNumber}, rule {@code pattern}
     */
    public static MaskedPan parse(String masked) {
        if (masked == null) {
            throw ValidationException.of(FIELD, "required", "a masked card number is required");
        }
        Matcher m = MASKED.matcher(masked.strip());
        if (!m.matches()) {
            throw invalid("a masked card number is 6 digits, 2 to 9 mask characters, 4 digits");
        }
        return new MaskedPan(m.group(1), m.group(2));
    }

    /** The first six digits, which name the issuer. */
    public String bin() {
        return bin;
    }

    /** The last four digits. */
    public String last4() {
        return last4;
    }

    /** The stored form, e.g. {@code 411111******1111}. */
    public String value() {
        return bin + MIDDLE + last4;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MaskedPan that && bin.equals(that.bin) && last4.equals(that.last4);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bin, last4);
    }

    @Override
    public String toString() {
        return value();
    }

    private static ValidationException invalid(String message) {
        return ValidationException.of(FIELD, "pattern", message);
    }
}
