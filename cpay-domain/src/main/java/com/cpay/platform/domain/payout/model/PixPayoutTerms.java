package com.cpay.platform.domain.payout.model;

import org.jmolecules.ddd.annotation.ValueObject;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ValidationException;
import com.cpay.platform.domain.shared.Violations;
import java.util.function.Supplier;

/**
 * What a PIX payout asks for (s.5, {@code payoutChannel=1}): an amount in BRL that the user receives,
 * country BRA, and the destination key. Valid by construction.
 *
 * @param amount    what the user receives ({@code amount}), BRL, positive, at most 12 characters on the wire
 * @param country   always {@code BRA}
 * @param toAccount the destination PIX key
 */
@ValueObject
public record PixPayoutTerms(Money amount, String country, PixKey toAccount) {

    /** The only currency of a PIX payout. */
    public static final Asset CURRENCY = Asset.BRL;
    /** The only country of a PIX payout (ISO 3166-1 alpha-3, as C-Pay writes it). */
    public static final String COUNTRY = "BRA";
    /** The {@code payoutChannel} code of PIX. */
    public static final String PAYOUT_CHANNEL = "1";
    /** {@code amount} is String(12) in s.5. */
    public static final int MAX_AMOUNT_LENGTH = 12;

    public PixPayoutTerms {
        Checks.required("amount", amount);
        Checks.required(PixKey.FIELD, toAccount);
        Violations violations = new Violations();
        checkCurrency(violations, amount.asset().code());
        checkCountry(violations, country);
        if (!amount.isPositive()) {
            violations.add("amount", "positive", "amount must be greater than zero");
        } else if (amount.toWireString().length() > MAX_AMOUNT_LENGTH) {
            violations.add("amount", Checks.MAX_LENGTH, "amount must be at most " + MAX_AMOUNT_LENGTH + " characters");
        }
        violations.throwIfAny();
    }

    /**
     * Reads the terms as an internal caller sends them, reporting every problem at once.
     *
     * @throws ValidationException on {@code amount}, {@code currency}, {@code country}, {@code accountType},
     *                             {@code toAccount}
     */
    public static PixPayoutTerms of(String amount, String currency, String country, PixAccountType accountType,
                                    String toAccount) {
        return of(amount, currency, country, () -> new PixKey(accountType, toAccount));
    }

    /**
     * As {@link #of(String, String, String, PixAccountType, String)}, with the key type as its wire code
     * ({@code accountType} {@code "1"} to {@code "4"}).
     */
    public static PixPayoutTerms of(String amount, String currency, String country, String accountType,
                                    String toAccount) {
        return of(amount, currency, country, () -> PixKey.fromWire(accountType, toAccount));
    }

    private static PixPayoutTerms of(String amount, String currency, String country, Supplier<PixKey> toAccount) {
        Violations violations = new Violations();
        checkCurrency(violations, currency);
        checkCountry(violations, country);
        var money = violations.check(() -> Money.parse("amount", amount, CURRENCY));
        var key = violations.check(toAccount);
        violations.throwIfAny();
        return new PixPayoutTerms(money.orElseThrow(), country, key.orElseThrow());
    }

    private static void checkCurrency(Violations violations, String currency) {
        if (!CURRENCY.code().equals(currency)) {
            violations.add("currency", "pix-currency", "currency must be BRL for a PIX payout");
        }
    }

    private static void checkCountry(Violations violations, String country) {
        if (!COUNTRY.equals(country)) {
            violations.add("country", "pix-country", "country must be BRA for a PIX payout");
        }
    }
}
