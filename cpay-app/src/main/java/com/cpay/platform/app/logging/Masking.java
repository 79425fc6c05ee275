package com.cpay.platform.app.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Last line of defence for logs: whatever a message or a stack trace carries, card numbers (12 to 19 digits,
 * spaces or dashes between groups, valid Luhn check digit) become {@code 411111******1111}, values following a
 * {@code cvv}/{@code cvc}/{@code expDate} name become {@code ***}, and bearer tokens, {@code sign},
 * {@code secretKey}, {@code key} and {@code password} values become {@code ***}. The application never logs these
 * on purpose; this catches what a library might (a generated model's {@code toString}, an error message).
 */
public final class Masking {

    private static final Pattern PAN = Pattern.compile("(?<![0-9])[0-9](?:[ -]?[0-9]){11,18}(?![0-9])");
    private static final Pattern NAMED = Pattern.compile(
            "(?i)(?<![A-Za-z])(\\\\?\"?(?:cvv|cvc|cvv2|expDate|sign|secretKey|secret-key|secret_key|password|key|"
                    + "ccStorageId)\\\\?\"?\\s*[:=]\\s*\\\\?\"?)([^\"\\\\&,;\\s)]+)");
    private static final Pattern BEARER = Pattern.compile("(?i)(Bearer\\s+)[A-Za-z0-9._~+/=-]+");

    private Masking() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = maskPans(text);
        result = NAMED.matcher(result).replaceAll("$1***");
        return BEARER.matcher(result).replaceAll("$1***");
    }

    private static String maskPans(String text) {
        Matcher m = PAN.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            String digits = m.group().replaceAll("[ -]", "");
            String replacement = luhn(digits) ? digits.substring(0, 6) + "******" + digits.substring(digits.length() - 4)
                    : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
