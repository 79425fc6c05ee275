package com.cpay.platform.domain.shared;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one grammar for decimal numbers sent as text (amounts, rates): optional minus, digits,
 * and optionally a point followed by digits. Nothing else: no plus sign, no spaces, no exponent, no
 * {@code NaN}/{@code Infinity}, no bare point ({@code "1."}, {@code ".5"}), only ASCII digits. A strict
 * grammar means two texts that look different never silently mean the same thing on a signed wire.
 */
public final class DecimalText {

    /** Longest text accepted: C-Pay's amount and rate fields are String(128). */
    public static final int MAX_LENGTH = 128;

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern EXPONENT = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)[eE][+-]?[0-9]+");

    private DecimalText() {
    }

    /**
     * The exact value of the text; its scale is the number of decimals written.
     *
     * @throws ValidationException naming {@code field}, rules {@code required}, {@code max-length},
     *                             {@code exponent}, {@code not-numeric}, {@code negative}
     */
    public static BigDecimal parse(String field, String text, boolean negativeAllowed) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of(field, "required", field + " is required");
        }
        if (text.length() > MAX_LENGTH) {
            throw ValidationException.of(field, "max-length", field + " must be at most " + MAX_LENGTH + " characters");
        }
        // the grammar first: a text that fits it has no exponent, so the exponent is only looked for to name
        // the rule a refused text breaks (every amount of every answer is read here; one match, not two)
        if (!DECIMAL.matcher(text).matches()) {
            if (EXPONENT.matcher(text).matches()) {
                throw ValidationException.of(field, "exponent", field + " must be a plain decimal, without exponent");
            }
            throw ValidationException.of(field, "not-numeric",
                    field + " must be a plain decimal number such as 12.34");
        }
        if (!negativeAllowed && text.charAt(0) == '-') {
            throw ValidationException.of(field, "negative", field + " must not be negative");
        }
        return new BigDecimal(text);
    }
}
