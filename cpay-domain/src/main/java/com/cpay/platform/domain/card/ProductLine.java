package com.cpay.platform.domain.card;

import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.Violations;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One line of the {@code products} JSON array that card orders carry (s.12, s.14; docs/decisions.md, decision 20):
 * {@code {"name":"macBook","price":"1234.00","num":"1","currency":"USD"}}. The currency is any ISO 4217 code
 * (the document's example uses CNY), not only the ones C-Pay charges in.
 *
 * @param name     what was sold, 1 to 128 characters
 * @param price    the unit price, exact, not negative
 * @param quantity how many, at least 1
 * @param currency ISO 4217 code of the price, three upper-case letters
 */
public record ProductLine(String name, BigDecimal price, int quantity, String currency) {

    /** Longest product name kept. */
    public static final int MAX_NAME_LENGTH = 128;

    private static final Pattern ISO_CURRENCY = Pattern.compile("[A-Z]{3}");

    public ProductLine {
        Violations violations = new Violations();
        violations.verify(() -> Checks.text("name", name, MAX_NAME_LENGTH));
        if (price == null) {
            violations.add("price", Checks.REQUIRED, "price is required");
        } else if (price.signum() < 0) {
            violations.add("price", "negative", "price must not be negative");
        }
        if (quantity < 1) {
            violations.add("quantity", "positive", "quantity must be at least 1");
        }
        if (currency == null || !ISO_CURRENCY.matcher(currency).matches()) {
            violations.add("currency", Checks.PATTERN, "currency must be an ISO 4217 code such as USD");
        }
        violations.throwIfAny();
    }
}
