package com.cpay.platform.domain.order;

import org.jmolecules.ddd.annotation.ValueObject;
import com.cpay.platform.domain.money.Money;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The amounts C-Pay reported about an order at one moment; any of them may be missing, since each
 * answer carries a different subset (webhook: actual, received, fee; withdraw: order, received, fee ...).
 * Immutable.
 *
 * @param values the amounts present, by kind
 */
@ValueObject
public record ReportedAmounts(Map<AmountKind, Money> values) {

    private static final ReportedAmounts NONE = new ReportedAmounts(Map.of());

    public ReportedAmounts {
        Objects.requireNonNull(values, "values");
        EnumMap<AmountKind, Money> copy = new EnumMap<>(AmountKind.class);
        values.forEach((kind, money) -> copy.put(Objects.requireNonNull(kind, "kind"),
                Objects.requireNonNull(money, "amount")));
        values = Collections.unmodifiableMap(copy);
    }

    /** No amounts at all. */
    public static ReportedAmounts none() {
        return NONE;
    }

    /** The three amounts a webhook always carries (section 15). */
    public static ReportedAmounts of(Money actualAmount, Money receivedAmount, Money fee) {
        return none().with(AmountKind.ACTUAL_AMOUNT, actualAmount)
                .with(AmountKind.RECEIVED_AMOUNT, receivedAmount)
                .with(AmountKind.FEE, fee);
    }

    /** A copy with this amount set; a null amount leaves the kind as it is (absent answers stay absent). */
    public ReportedAmounts with(AmountKind kind, Money amount) {
        Objects.requireNonNull(kind, "kind");
        if (amount == null) {
            return this;
        }
        EnumMap<AmountKind, Money> copy = new EnumMap<>(AmountKind.class);
        copy.putAll(values);
        copy.put(kind, amount);
        return new ReportedAmounts(copy);
    }

    /** The amount of this kind, if reported. */
    public Optional<Money> get(AmountKind kind) {
        return Optional.ofNullable(values.get(kind));
    }

    public Optional<Money> orderAmount() {
        return get(AmountKind.ORDER_AMOUNT);
    }

    public Optional<Money> actualAmount() {
        return get(AmountKind.ACTUAL_AMOUNT);
    }

    public Optional<Money> receivedAmount() {
        return get(AmountKind.RECEIVED_AMOUNT);
    }

    public Optional<Money> fee() {
        return get(AmountKind.FEE);
    }

    public Optional<Money> pledgeAmount() {
        return get(AmountKind.PLEDGE_AMOUNT);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** These amounts laid over the recorded ones: newer values win, kinds not reported stay. */
    public ReportedAmounts over(ReportedAmounts recorded) {
        EnumMap<AmountKind, Money> merged = new EnumMap<>(AmountKind.class);
        merged.putAll(recorded.values);
        merged.putAll(values);
        return new ReportedAmounts(merged);
    }

    /** Whether some kind is reported here with another value than recorded. */
    public boolean contradicts(ReportedAmounts recorded) {
        return values.entrySet().stream().anyMatch(e -> {
            Money known = recorded.values.get(e.getKey());
            return known != null && !known.equals(e.getValue());
        });
    }

    /** Whether everything reported here is already recorded with the same value. */
    public boolean isCoveredBy(ReportedAmounts recorded) {
        return values.entrySet().stream().allMatch(e -> e.getValue().equals(recorded.values.get(e.getKey())));
    }
}
