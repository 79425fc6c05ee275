package com.cpay.platform.domain.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what could be card data in text that anyone can send us and that is about to be kept (a refused webhook's
 * excerpt, a refusal reason) or kept verbatim although it should hold none (a verified webhook's free-text fields).
 * Two rules, in this order:
 * <ol>
 *   <li>The value of a field named like a card security code (a name ending in {@code cvv}, {@code cvc},
 *       {@code cvv2}, {@code cvc2}, {@code cvn} or {@code securityCode} / {@code security_code}, any case: also
 *       {@code cardCvv}, {@code card_cvc}, {@code cardSecurityCode}), written as
 *       JSON ({@code "cvv":"123"}, {@code "cvv": 123}, also escaped inside a JSON string), as a form field
 *       ({@code cvv=123}, {@code card[cvv]=123}, %-encoded too) or as XML ({@code <cvv>123<}), becomes
 *       {@value #MASKED_VALUE}, whatever it holds.</li>
 *   <li>Every run of at least {@value #MIN_RUN} digits becomes {@value #MASK} except its last {@value #KEPT}
 *       digits. Digits of one run may be separated by up to three separators: whitespace (also no-break spaces),
 *       control characters, dashes, {@code + . / _ ,} and their %-escapes ({@code %20}, {@code %2B} ...): {@code 4111 1111 1111 1111},
 *       {@code 4111-1111-1111-1111}, a form's {@code 4111+1111+1111+1111} or a JSON array of groups. Runs longer
 *       than 19 digits are masked as well: a card number written next to other digits is still a card number. Any
 *       Unicode decimal digit counts, not only 0-9.</li>
 * </ol>
 * Separators, letters and everything else stay where they were, so the masked text still shows its shape. The
 * rule does not look at the Luhn check digit: a 12-19 digit number that fails it may be a mistyped card number.
 * Redacting redacted text changes nothing.
 */
public final class CardDataRedaction {

    /** The character a masked digit becomes. */
    public static final char MASK = '*';
    /** What a security code's value becomes. */
    public static final String MASKED_VALUE = "***";
    /** Fewest digits of a run that is masked (the shortest card numbers have 12). */
    public static final int MIN_RUN = 12;
    /** Digits left at the end of a masked run. */
    public static final int KEPT = 4;

    private static final String SEPARATOR = "(?:[\\s\\p{Cc}\\u00A0\\u2007\\u202F\\-\\u2010-\\u2015+./_,]"
            + "|%(?:20|09|2[BbCcDdEeFf]|5[Ff]|[Cc]2%[Aa]0))";
    private static final Pattern DIGIT_RUN = Pattern.compile("\\p{Nd}(?:" + SEPARATOR + "{0,3}\\p{Nd})*");
    // a name ending in a security code's name (cardCvv, card_cvv, x-cvc2 ...; card%5Bcvv ends in one too)
    private static final Pattern SECURITY_CODE = Pattern.compile("(?i)(?<![\\p{L}\\p{Nd}_-])"
            + "([\\p{L}\\p{Nd}_-]*?(?:cvv2?|cvc2?|cvn2?|security[_-]?code))"
            // closing quote or bracket of the name, then ':' '=' or '>' (or their %-escapes), then an opening quote
            + "((?:\\\\?[\"']|]|%5[Dd]|%2[27])*[\\s\\p{Cc}]*(?:[:=>]|%3[AaDdEe])[\\s\\p{Cc}]*(?:\\\\?[\"']|%2[27])?)"
            + "([^\"'&,;}\\]\\s\\p{Cc}\\\\<]+)");

    private CardDataRedaction() {
    }

    /** The text with every possible card number and security code masked. */
    public static String redact(String text) {
        return redact(text, List.of());
    }

    /**
     * The text with every possible card number and security code masked, except digit runs that lie inside an
     * occurrence of one of {@code known}: texts known not to be card data, such as the identifiers, amounts and
     * times of a notification C-Pay signed (its {@code orderId} may well have 19 digits).
     */
    public static String redact(String text, Collection<String> known) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(known, "known");
        // a value that is masked already stays as it is (an excerpt may end in part of one)
        String masked = SECURITY_CODE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2)
                + (m.group(3).chars().allMatch(c -> c == MASK) ? m.group(3) : MASKED_VALUE)));
        Matcher run = DIGIT_RUN.matcher(masked);
        if (!run.find()) {
            return masked;
        }
        List<int[]> kept = occurrences(masked, known);
        StringBuilder out = new StringBuilder(masked.length());
        int copied = 0;
        do {
            if (digits(run.group()) >= MIN_RUN && !inside(kept, run.start(), run.end())) {
                out.append(masked, copied, run.start()).append(mask(run.group()));
                copied = run.end();
            }
        } while (run.find());
        return out.append(masked, copied, masked.length()).toString();
    }

    /**
     * At most {@code maxLength} characters of the redacted text, for keeping a short, safe excerpt of text that
     * must not be kept whole. The whole text is redacted before it is cut, so a card number across the cut is
     * masked too; control characters (NUL, line breaks ...) then become spaces (to the rule both are separators,
     * so the excerpt is its own redaction), and a surrogate pair is never cut in two.
     */
    public static String excerpt(String text, int maxLength) {
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength must not be negative");
        }
        String redacted = redact(text);
        int end = Math.min(redacted.length(), maxLength);
        if (end > 0 && end < redacted.length() && Character.isHighSurrogate(redacted.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = redacted.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }

    private static int digits(String run) {
        return mask(run, 0).digits();
    }

    // Every digit but the last KEPT becomes the mask; separators stay.
    private static String mask(String run) {
        return mask(run, digits(run) - KEPT).text();
    }

    // The run with its first `count` digits masked, and how many digits it has; the digits of a %-escape
    // separator (%20 ...) are no digits of the run.
    private static Masked mask(String run, int count) {
        StringBuilder out = new StringBuilder(run.length());
        int digits = 0;
        for (int i = 0; i < run.length(); ) {
            if (run.charAt(i) == '%') {
                out.append(run, i, i + 3);
                i += 3;
                continue;
            }
            int c = run.codePointAt(i);
            if (Character.isDigit(c)) {
                digits++;
                if (digits <= count) {
                    out.append(MASK);
                } else {
                    out.appendCodePoint(c);
                }
            } else {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return new Masked(out.toString(), digits);
    }

    private record Masked(String text, int digits) {
    }

    private static List<int[]> occurrences(String text, Collection<String> known) {
        List<int[]> ranges = new ArrayList<>();
        for (String value : known) {
            if (value == null || value.isEmpty()) {
                continue;
            }
            for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
                ranges.add(new int[] {at, at + value.length()});
            }
        }
        return ranges;
    }

    private static boolean inside(List<int[]> ranges, int start, int end) {
        for (int[] range : ranges) {
            if (range[0] <= start && end <= range[1]) {
                return true;
            }
        }
        return false;
    }
}
