package com.cpay.platform.domain.order;

import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.Violations;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import java.util.Collection;
import java.util.Optional;

/** Checks shared by the command records; each adds a violation to the collector instead of throwing. */
public final class CommandRules {

    private CommandRules() {
    }

    /** Adds {@code required} when the value is null; returns whether it is present. */
    public static boolean required(Violations v, String field, Object value) {
        if (value == null) {
            v.add(field, Checks.REQUIRED, field + " is required");
            return false;
        }
        return true;
    }

    /** Adds {@code positive} when the amount is zero or negative. */
    public static void positive(Violations v, String field, Money amount) {
        if (amount != null && !amount.isPositive()) {
            v.add(field, "positive", field + " must be greater than zero");
        }
    }

    /** Adds {@code currency-not-supported} when the amount is in none of the assets. */
    public static void oneOf(Violations v, String field, Money amount, Collection<Asset> accepted) {
        if (amount != null && !accepted.contains(amount.asset())) {
            v.add(field, "currency-not-supported", field + " must be in one of " + accepted);
        }
    }

    /** Adds {@code max-length} or {@code control-character} for optional free text. */
    public static void optionalText(Violations v, String field, Optional<String> text, int maxLength) {
        text.ifPresent(value -> v.verify(() -> Checks.text(field, value, maxLength)));
    }

    /** Null becomes empty. */
    public static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }
}
