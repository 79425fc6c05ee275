package com.cpay.platform.domain.payout.model;

import com.cpay.platform.domain.shared.ValidationException;
import java.util.regex.Pattern;

/**
 * CPF and CNPJ numbers with their modulo-11 check digits, as the Receita Federal defines them.
 *
 * <p>Written bare or with the usual punctuation ({@code 123.456.789-09}, {@code 12.345.678/0001-95}) and
 * normalised to the bare form. CNPJs may be alphanumeric (the Receita's format from July 2026: twelve
 * letters or digits, then two check digits; each character counts as its ASCII code minus 48, so numeric
 * CNPJs are checked exactly as before). Numbers made of one repeated digit pass the arithmetic but are
 * not valid registrations, so they are refused as well.
 */
final class BrazilianTaxId {

    static final String CPF_CHECK_DIGIT = "cpf-check-digit";
    static final String CNPJ_CHECK_DIGIT = "cnpj-check-digit";
    static final String FORMAT = "cpf-cnpj-format";

    private static final Pattern CPF = Pattern.compile("[0-9]{11}|[0-9]{3}\\.[0-9]{3}\\.[0-9]{3}-[0-9]{2}");
    private static final Pattern CNPJ = Pattern.compile(
            "[0-9A-Z]{12}[0-9]{2}|[0-9A-Z]{2}\\.[0-9A-Z]{3}\\.[0-9A-Z]{3}/[0-9A-Z]{4}-[0-9]{2}");
    private static final int[] CNPJ_WEIGHTS = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    private BrazilianTaxId() {
    }

    /** The bare CPF or CNPJ, check digits verified. */
    static String normalise(String field, String text) {
        if (CPF.matcher(text).matches()) {
            String cpf = text.replaceAll("[.-]", "");
            if (isRepeated(cpf) || !cpfCheckDigitsMatch(cpf)) {
                throw ValidationException.of(field, CPF_CHECK_DIGIT, field + " is not a valid CPF (check digits)");
            }
            return cpf;
        }
        if (CNPJ.matcher(text).matches()) {
            String cnpj = text.replaceAll("[./-]", "");
            if (isRepeated(cnpj) || !cnpjCheckDigitsMatch(cnpj)) {
                throw ValidationException.of(field, CNPJ_CHECK_DIGIT, field + " is not a valid CNPJ (check digits)");
            }
            return cnpj;
        }
        throw ValidationException.of(field, FORMAT,
                field + " must be a CPF (11 digits) or a CNPJ (14 characters), bare or punctuated");
    }

    /** Whether the last two of 11 digits are the CPF check digits of the first nine. */
    static boolean cpfCheckDigitsMatch(String cpf) {
        return cpfDigit(cpf, 9) == value(cpf, 9) && cpfDigit(cpf, 10) == value(cpf, 10);
    }

    /** Whether the last two of 14 characters are the CNPJ check digits of the first twelve. */
    static boolean cnpjCheckDigitsMatch(String cnpj) {
        return cnpjDigit(cnpj, 12) == value(cnpj, 12) && cnpjDigit(cnpj, 13) == value(cnpj, 13);
    }

    // CPF: weights count down from length + 1 to 2 over the preceding digits.
    private static int cpfDigit(String cpf, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += value(cpf, i) * (length + 1 - i);
        }
        return checkDigit(sum);
    }

    // CNPJ: weights 5..2 then 9..2 for the first digit, 6..2 then 9..2 for the second.
    private static int cnpjDigit(String cnpj, int length) {
        int offset = CNPJ_WEIGHTS.length - length;
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += value(cnpj, i) * CNPJ_WEIGHTS[offset + i];
        }
        return checkDigit(sum);
    }

    private static int checkDigit(int sum) {
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }

    private static int value(String text, int index) {
        return text.charAt(index) - '0';
    }

    private static boolean isRepeated(String text) {
        return text.chars().allMatch(c -> c == text.charAt(0));
    }
}
