package com.cpay.platform.sandbox.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Amount text as the gateway reads it: plain decimal digits, no sign, no exponent, at most the asset's
 * scale of decimals. Never rounds, except where the document says so ({@link #roundDownTo2}, pwpp).
 */
public final class Amounts {

    private static final Pattern PLAIN = Pattern.compile("(0|[1-9][0-9]{0,17})(\\.[0-9]+)?");

    private Amounts() {
    }

    /** @throws Rejection naming the parameter when the text is not an amount or has too many decimals */
    public static BigDecimal parse(String parameter, String text, int maxDecimals) {
        BigDecimal value = parseAnyScale(parameter, text);
        if (value.scale() > maxDecimals) {
            throw new Rejection(parameter + " " + text + " has more than " + maxDecimals + " decimals");
        }
        return value;
    }

    /** Like {@link #parse} and the amount must be greater than zero. */
    public static BigDecimal positive(String parameter, String text, int maxDecimals) {
        BigDecimal value = parse(parameter, text, maxDecimals);
        if (value.signum() <= 0) {
            throw new Rejection(parameter + " must be greater than 0");
        }
        return value;
    }

    public static BigDecimal parseAnyScale(String parameter, String text) {
        if (text == null || text.isEmpty()) {
            throw new Rejection(parameter + " is required");
        }
        if (!PLAIN.matcher(text).matches()) {
            throw new Rejection(parameter + " " + text + " is not a plain decimal amount");
        }
        return new BigDecimal(text);
    }

    /** pwpp (s.12): "the precision is two decimal places, higher precision rounds down". */
    public static BigDecimal roundDownTo2(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.DOWN);
    }

    /** Wire text: plain, no exponent, no trailing zeros beyond what is needed ("11.008", "0"). */
    public static String text(BigDecimal amount) {
        if (amount.signum() == 0) {
            return "0";
        }
        return amount.stripTrailingZeros().toPlainString();
    }

    /** Wire text with a fixed scale ("5.50"), for fiat amounts. */
    public static String text(BigDecimal amount, int scale) {
        return amount.setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
    }
}
