package com.cpay.platform.domain.shared;

/**
 * Card numbers for tests, made valid by a Luhn check digit computed here, independently of the code under test (the
 * redaction never checks it; the card-data validation has its own).
 */
public final class TestCardNumbers {

    private TestCardNumbers() {
    }

    /** {@code body} followed by its Luhn check digit. */
    public static String withCheckDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int d = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return body + (10 - sum % 10) % 10;
    }
}
