package com.cpay.platform.domain.payout.model;

/**
 * Test-side CPF/CNPJ makers, written independently of the production check so a shared mistake would
 * show: they append the check digits to a base.
 */
final class TaxIds {

    private TaxIds() {
    }

    /** A valid CPF: the 9 base digits followed by their two check digits. */
    static String cpf(String nineDigits) {
        String withFirst = nineDigits + mod11(nineDigits, new int[] {10, 9, 8, 7, 6, 5, 4, 3, 2});
        return withFirst + mod11(withFirst, new int[] {11, 10, 9, 8, 7, 6, 5, 4, 3, 2});
    }

    /** A valid CNPJ: the 12 base characters (digits or upper-case letters) followed by two check digits. */
    static String cnpj(String twelve) {
        String withFirst = twelve + mod11(twelve, new int[] {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2});
        return withFirst + mod11(withFirst, new int[] {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2});
    }

    /** The CPF written with its usual punctuation, 123.456.789-09. */
    static String punctuatedCpf(String cpf) {
        return cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-" + cpf.substring(9);
    }

    /** The CNPJ written with its usual punctuation, 11.222.333/0001-81. */
    static String punctuatedCnpj(String cnpj) {
        return cnpj.substring(0, 2) + "." + cnpj.substring(2, 5) + "." + cnpj.substring(5, 8) + "/"
                + cnpj.substring(8, 12) + "-" + cnpj.substring(12);
    }

    /** The same number with its last check digit changed. */
    static String withWrongLastDigit(String id) {
        char last = id.charAt(id.length() - 1);
        return id.substring(0, id.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }

    private static int mod11(String base, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (base.charAt(i) - 48) * weights[i];
        }
        int digit = 11 - sum % 11;
        return digit >= 10 ? 0 : digit;
    }
}
