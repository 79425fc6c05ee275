package com.cpay.platform.domain.order;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an amount C-Pay reported. Stricter parsing is right for what we send, but C-Pay's answers write
 * the same value in several ways ({@code "0.00"} for a crypto fee, {@code "3"}, possibly
 * {@code "1.500000000"}): trailing zeros after the point are dropped first, which never changes the value,
 * so only a real extra decimal is refused. Blank text means "not reported".
 */
final class ReportedAmountText {

    private static final Pattern TRAILING_ZEROS = Pattern.compile("([0-9]+\\.[0-9]*?)0+");

    private ReportedAmountText() {
    }

    /**
     * The amount, or empty when the text is null or blank.
     *
     * @throws com.cpay.platform.domain.shared.ValidationException naming {@code field} when the text is not an
     *         amount of the asset
     */
    static Optional<Money> parse(String field, String text, Asset asset) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Money.parse(field, withoutTrailingZeros(text), asset));
    }

    static String withoutTrailingZeros(String text) {
        var m = TRAILING_ZEROS.matcher(text);
        if (!m.matches()) {
            return text;
        }
        String kept = m.group(1);
        return kept.endsWith(".") ? kept.substring(0, kept.length() - 1) : kept;
    }
}
