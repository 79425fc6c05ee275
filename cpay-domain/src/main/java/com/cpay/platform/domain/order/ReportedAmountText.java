package com.cpay.platform.domain.order;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.DecimalText;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.Optional;

/**
 * Reads an amount C-Pay reported. Stricter parsing is right for what we send, but C-Pay's answers write
 * the same value in several ways ({@code "0.00"} for a crypto fee, {@code "3"}, possibly
 * {@code "1.500000000"}): trailing zeros after the point are dropped first, which never changes the value,
 * so only a real extra decimal is refused. Blank text means "not reported". A text longer than C-Pay's
 * String(128) is refused before anything else looks at it, and the zeros are dropped in one backward scan:
 * a webhook is anyone's input, so its cost must not grow faster than its length (fuzzing found a regular
 * expression here that took quadratic time on long runs of zeros).
 */
final class ReportedAmountText {

    private ReportedAmountText() {
    }

    /**
     * The amount, or empty when the text is null or blank.
     *
     * @throws ValidationException naming {@code field}: rule {@code max-length} when the text is longer than
     *         {@value DecimalText#MAX_LENGTH} characters, otherwise the rules of {@link Money#parse} when the text is
     *         not an amount of the asset
     */
    static Optional<Money> parse(String field, String text, Asset asset) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (text.length() > DecimalText.MAX_LENGTH) {
            throw ValidationException.of(field, "max-length",
                    field + " must be at most " + DecimalText.MAX_LENGTH + " characters");
        }
        return Optional.of(Money.parse(field, withoutTrailingZeros(text), asset));
    }

    /**
     * {@code digits.digits0} without the zeros that end it (and without the point when nothing is left after it);
     * any other text unchanged ({@code 1.} too), for {@link Money#parse} to judge.
     */
    static String withoutTrailingZeros(String text) {
        int point = text.indexOf('.');
        if (point < 1 || text.charAt(text.length() - 1) != '0' || !allDigits(text, 0, point) || !allDigits(text, point + 1, text.length())) {
            return text;
        }
        int end = text.length();
        while (end > point + 1 && text.charAt(end - 1) == '0') {
            end--;
        }
        return end == point + 1 ? text.substring(0, point) : text.substring(0, end);
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
