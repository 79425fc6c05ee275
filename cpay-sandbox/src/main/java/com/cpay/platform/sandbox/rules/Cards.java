package com.cpay.platform.sandbox.rules;

import java.time.YearMonth;

/**
 * Card checks of pwpp (s.12). The card number and CVV are looked at here and then dropped: only the
 * masked PAN (first 6 + last 4) leaves this class (docs/decisions.md, decision 11).
 */
public final class Cards {

    private Cards() {
    }

    /** @throws Rejection (without echoing the card data) when number, CVV or expiry are not acceptable */
    public static void require(String cardNumber, String cvv, String expDate, YearMonth now) {
        if (cardNumber == null || !cardNumber.matches("[0-9]{12,19}") || !luhn(cardNumber)) {
            throw new Rejection("cardNumber is not a valid card number");
        }
        if (cvv == null || !cvv.matches("[0-9]{3,4}")) {
            throw new Rejection("cvv must be 3 or 4 digits");
        }
        if (expDate == null || !expDate.matches("(0[1-9]|1[0-2])/[0-9]{2}")) {
            throw new Rejection("expDate must be MM/YY");
        }
        YearMonth expiry = YearMonth.of(2000 + Integer.parseInt(expDate.substring(3)), Integer.parseInt(expDate.substring(0, 2)));
        if (expiry.isBefore(now)) {
            throw new Rejection("the card has expired");
        }
    }

    public static String mask(String cardNumber) {
        if (cardNumber == null || cardNumber.length() < 10) {
            return "****";
        }
        return cardNumber.substring(0, 6) + "*".repeat(cardNumber.length() - 10) + cardNumber.substring(cardNumber.length() - 4);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
