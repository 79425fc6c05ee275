package com.cpay.platform.sandbox.rules;

import java.util.regex.Pattern;

/**
 * PIX key rules of createFiatPayoutOrder (s.5) by accountType: 1 CPF (11 digits) or CNPJ (14 digits) with
 * valid check digits, 2 e-mail, 3 mobile {@code +55} + area code + number, 4 random key (EVP, a UUID).
 */
public final class PixKeys {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern MOBILE = Pattern.compile("\\+55[0-9]{10,12}");
    private static final Pattern EVP = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private PixKeys() {
    }

    /** @throws Rejection when the key does not fit its accountType */
    public static void require(String accountType, String toAccount) {
        boolean valid = switch (accountType) {
            case "1" -> isCpfOrCnpj(toAccount);
            case "2" -> EMAIL.matcher(toAccount).matches();
            case "3" -> MOBILE.matcher(toAccount).matches();
            case "4" -> EVP.matcher(toAccount).matches();
            default -> throw new Rejection("accountType " + accountType + " is not one of 1, 2, 3, 4");
        };
        if (!valid) {
            throw new Rejection("toAccount is not a valid PIX key for accountType " + accountType + " ("
                    + describe(accountType) + ")");
        }
    }

    private static String describe(String accountType) {
        return switch (accountType) {
            case "1" -> "CPF of 11 or CNPJ of 14 digits with valid check digits";
            case "2" -> "e-mail address";
            case "3" -> "+55, area code and number";
            default -> "random key (UUID)";
        };
    }

    static boolean isCpfOrCnpj(String text) {
        String digits = text.replaceAll("[.\\-/]", "");
        if (!digits.matches("[0-9]+") || digits.chars().distinct().count() == 1) {
            return false;
        }
        if (digits.length() == 11) {
            return cpfDigit(digits, 9) == digits.charAt(9) - '0' && cpfDigit(digits, 10) == digits.charAt(10) - '0';
        }
        if (digits.length() == 14) {
            int[] first = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
            int[] second = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
            return cnpjDigit(digits, first) == digits.charAt(12) - '0' && cnpjDigit(digits, second) == digits.charAt(13) - '0';
        }
        return false;
    }

    private static int cpfDigit(String digits, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += (digits.charAt(i) - '0') * (length + 1 - i);
        }
        int rest = (sum * 10) % 11;
        return rest == 10 ? 0 : rest;
    }

    private static int cnpjDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int rest = sum % 11;
        return rest < 2 ? 0 : 11 - rest;
    }
}
