package com.cpay.platform.domain.card;

import com.cpay.platform.domain.order.MaskedPan;
import com.cpay.platform.domain.shared.CardNumberScan;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.Violations;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The card data of a direct card payment (pwpp, s.12): passed through to C-Pay, never stored, logged or
 * echoed (docs/decisions.md, decision 11). {@link #toString()} shows nothing of it; {@link #maskedPan()} is the most
 * that may be kept. Errors name the field and the rule, never the value.
 *
 * @param number card number, 12 to 19 digits with a valid Luhn check digit (spaces and dashes removed)
 * @param cvv    3 or 4 digits
 * @param expiry the month the card expires, sent as {@code MM/YY}
 */
public record CardData(String number, String cvv, YearMonth expiry) {

    /** Rule word: the card number's Luhn check digit is wrong. */
    public static final String LUHN = "luhn";

    private static final Pattern CVV = Pattern.compile("[0-9]{3,4}");
    private static final Pattern EXPIRY = Pattern.compile("(0[1-9]|1[0-2])/([0-9]{2})");

    public CardData {
        Violations violations = new Violations();
        String typed = number;
        var pan = violations.check(() -> MaskedPan.mask(typed));
        if (pan.isPresent()) {
            number = typed.replaceAll("[ -]", "");
            if (!CardNumberScan.luhnValid(number)) {
                violations.add(MaskedPan.FIELD, LUHN, "cardNumber has a wrong check digit");
            }
        }
        if (cvv == null || cvv.isEmpty()) {
            violations.add("cvv", Checks.REQUIRED, "cvv is required");
        } else if (!CVV.matcher(cvv).matches()) {
            violations.add("cvv", Checks.PATTERN, "cvv must be 3 or 4 digits");
        }
        if (expiry == null) {
            violations.add("expDate", Checks.REQUIRED, "expDate is required");
        }
        violations.throwIfAny();
    }

    /**
     * Reads card data as typed, the expiry as {@code MM/YY} ({@code 12/27}).
     *
     * @throws com.cpay.platform.domain.shared.ValidationException naming {@code cardNumber}, {@code cvv} or
     *         {@code expDate}, every problem at once
     */
    public static CardData of(String number, String cvv, String expDate) {
        Violations violations = new Violations();
        YearMonth expiry = null;
        Matcher m = expDate == null ? null : EXPIRY.matcher(expDate);
        if (expDate == null || expDate.isBlank()) {
            violations.add("expDate", Checks.REQUIRED, "expDate is required");
        } else if (!m.matches()) {
            violations.add("expDate", Checks.PATTERN, "expDate must be MM/YY");
        } else {
            expiry = YearMonth.of(2000 + Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        var card = violations.check(() -> new CardData(number, cvv, YearMonth.of(2000, 1)));
        violations.throwIfAny();
        return new CardData(card.orElseThrow().number(), cvv, expiry);
    }

    /** The expiry as pwpp's {@code expDate} wants it, {@code MM/YY}. */
    public String expDate() {
        return String.format("%02d/%02d", expiry.getMonthValue(), expiry.getYear() % 100);
    }

    /** Whether the card can still be charged in this month (a card is valid through its expiry month). */
    public boolean isExpiredIn(YearMonth month) {
        return expiry.isBefore(month);
    }

    /** First 6 and last 4 digits: the most of the card that may be stored. */
    public MaskedPan maskedPan() {
        return MaskedPan.mask(number);
    }

    @Override
    public String toString() {
        return "CardData[hidden]";
    }
}
