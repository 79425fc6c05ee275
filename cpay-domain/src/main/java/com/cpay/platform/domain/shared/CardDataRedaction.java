package com.cpay.platform.domain.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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

    /** Most separators between two digits of one run. */
    private static final int MAX_SEPARATORS = 3;
    // a name ending in a security code's name (cardCvv, card_cvv, x-cvc2 ...; card%5Bcvv ends in one too)
    private static final Pattern SECURITY_CODE = Pattern.compile("(?i)(?<![\\p{L}\\p{Nd}_-])"
            + "([\\p{L}\\p{Nd}_-]*?(?:cvv2?|cvc2?|cvn2?|security[_-]?code))"
            // closing quote or bracket of the name, then ':' '=' or '>' (or their %-escapes), then an opening quote
            + "((?:\\\\?[\"']|]|%5[Dd]|%2[27]){0,8}[\\s\\p{Cc}]*(?:[:=>]|%3[AaDdEe])[\\s\\p{Cc}]*(?:\\\\?[\"']|%2[27])?)"
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
        List<int[]> runs = digitRuns(masked);
        if (runs.isEmpty()) {
            return masked;
        }
        List<int[]> kept = occurrences(masked, known);
        StringBuilder out = new StringBuilder(masked.length());
        int copied = 0;
        for (int[] run : runs) {
            String digits = masked.substring(run[0], run[1]);
            if (digits(digits) >= MIN_RUN && !inside(kept, run[0], run[1])) {
                out.append(masked, copied, run[0]).append(mask(digits));
                copied = run[1];
            }
        }
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

    // The digit runs of rule 2 as [start, end) ranges, in one pass. A regular expression's repeated group recurses
    // once per repetition, so a body of some thousand digits overflowed the stack (found by fuzzing a webhook).
    private static List<int[]> digitRuns(String text) {
        List<int[]> runs = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int c = text.codePointAt(at);
            if (!Character.isDigit(c)) {
                at += Character.charCount(c);
                continue;
            }
            int start = at;
            int end = at + Character.charCount(c);
            int next = digitAfterSeparators(text, end);
            while (next >= 0) {
                end = next + Character.charCount(text.codePointAt(next));
                next = digitAfterSeparators(text, end);
            }
            runs.add(new int[] {start, end});
            at = end;
        }
        return runs;
    }

    // Where the digit that continues a run starts, when up to MAX_SEPARATORS separators and then a digit follow
    // `from`; -1 otherwise. A separator never starts with a digit, so taking separators greedily loses no run.
    private static int digitAfterSeparators(String text, int from) {
        int at = from;
        for (int separators = 0; separators < MAX_SEPARATORS; separators++) {
            int length = separatorAt(text, at);
            if (length == 0) {
                break;
            }
            at += length;
        }
        return at < text.length() && Character.isDigit(text.codePointAt(at)) ? at : -1;
    }

    // The length of the separator at `at`, 0 for none: whitespace, a control character, a no-break space, a dash,
    // one of + . / _ , or the %-escape of one of them.
    private static int separatorAt(String text, int at) {
        if (at >= text.length()) {
            return 0;
        }
        char c = text.charAt(at);
        if (c == '%') {
            return escapedSeparator(text, at);
        }
        boolean separator = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                || Character.getType(c) == Character.CONTROL || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || c == '-' || (c >= '\u2010' && c <= '\u2015') || "+./_,".indexOf(c) >= 0;
        return separator ? 1 : 0;
    }

    // %20 %09 %2B-%2F %5F (space, tab, + , - . / _) and %C2%A0 (a no-break space in UTF-8); hex digits in any case
    private static int escapedSeparator(String text, int at) {
        String three = text.substring(at, Math.min(text.length(), at + 3)).toUpperCase(Locale.ROOT);
        if (three.equals("%20") || three.equals("%09") || three.equals("%5F")
                || (three.length() == 3 && three.startsWith("%2") && three.charAt(2) >= 'B' && three.charAt(2) <= 'F')) {
            return 3;
        }
        String six = text.substring(at, Math.min(text.length(), at + 6)).toUpperCase(Locale.ROOT);
        return six.equals("%C2%A0") ? 6 : 0;
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
