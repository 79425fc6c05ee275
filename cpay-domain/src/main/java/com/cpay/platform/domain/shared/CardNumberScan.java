package com.cpay.platform.domain.shared;

/**
 * Tells whether free text holds what is very likely a card number: a run of 12 to 19 digits whose last digit is its
 * Luhn check digit. Digits of one run may be separated as people write card numbers ({@code 4111 1111 1111 1111},
 * {@code 4111-1111-1111-1111}, also {@code . _ / +}), at most one separator between two digits. Used where text is
 * refused rather than masked (an order's metadata): unlike {@link CardDataRedaction}, which masks every run of 12
 * or more digits, a refusal must not hit an ordinary long reference number, so the check digit decides here, and a
 * run longer than 19 digits is not a card number.
 */
public final class CardNumberScan {

    /** Fewest digits of a card number. */
    public static final int MIN_DIGITS = 12;
    /** Most digits of a card number. */
    public static final int MAX_DIGITS = 19;
    private static final int[] LUHN_DOUBLED = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};

    private CardNumberScan() {
    }

    /** Whether {@code text} holds a Luhn-valid run of 12 to 19 digits. */
    public static boolean holdsCardNumber(String text) {
        StringBuilder run = new StringBuilder(MAX_DIGITS + 1);
        int at = 0;
        while (at < text.length()) {
            int c = text.codePointAt(at);
            int width = Character.charCount(c);
            int digit = Character.digit(c, 10);
            if (digit >= 0) {
                run.append((char) ('0' + digit));
            } else if (!(separator(c) && run.length() > 0 && nextIsDigit(text, at + width))) {
                if (isCardNumber(run)) {
                    return true;
                }
                run.setLength(0);
            }
            at += width;
        }
        return isCardNumber(run);
    }

    /** Whether the digits (0-9 only) end in their Luhn check digit. */
    public static boolean luhnValid(CharSequence digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            sum += doubled ? LUHN_DOUBLED[d] : d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static boolean isCardNumber(CharSequence run) {
        return run.length() >= MIN_DIGITS && run.length() <= MAX_DIGITS && luhnValid(run);
    }

    private static boolean separator(int c) {
        return c == ' ' || c == '-' || c == '.' || c == '_' || c == '/' || c == '+' || c == '\u00A0';
    }

    private static boolean nextIsDigit(String text, int at) {
        return at < text.length() && Character.digit(text.codePointAt(at), 10) >= 0;
    }
}
