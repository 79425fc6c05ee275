package com.cpay.platform.domain.order;

import com.cpay.platform.domain.money.Money;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The order lifecycle: PENDING -&gt; PROCESSING -&gt; COMPLETED | CLOSED, PENDING may jump straight to a
 * terminal status, terminal statuses are absorbing. Decides what a status report does without changing
 * anything; {@link Order#apply(StatusEvent)} carries the decision out.
 *
 * <p>Reports arrive late, twice and out of order (webhook retries, queries racing webhooks), so a report
 * that goes backwards is stale rather than an error, and only a report that contradicts a finished order
 * needs a human.
 */
public final class StatusTransitionPolicy {

    private StatusTransitionPolicy() {
    }

    /**
     * What the report would do to an order in {@code current} status with {@code recorded} amounts.
     *
     * <ul>
     *   <li>undocumented code: {@link TransitionOutcome.UnknownStatus};</li>
     *   <li>same status, amounts adding nothing: {@link TransitionOutcome.Duplicate};</li>
     *   <li>same terminal status, an amount differing from the recorded one: {@link TransitionOutcome.Conflict};</li>
     *   <li>same status otherwise (new or, before the end, changed amounts): {@link TransitionOutcome.Applied}
     *       refreshing the amounts;</li>
     *   <li>a status earlier in the lifecycle: {@link TransitionOutcome.Stale};</li>
     *   <li>the other terminal status after a terminal one: {@link TransitionOutcome.Conflict};</li>
     *   <li>a status later in the lifecycle: {@link TransitionOutcome.Applied}.</li>
     * </ul>
     */
    public static TransitionOutcome apply(OrderStatus current, ReportedAmounts recorded, StatusEvent event) {
        var reported = event.code().status();
        if (reported.isEmpty()) {
            return new TransitionOutcome.UnknownStatus(event.code().raw());
        }
        OrderStatus to = reported.get();
        if (to == current) {
            return sameStatus(current, recorded, event.amounts());
        }
        if (to.rank() < current.rank()) {
            return new TransitionOutcome.Stale(current, to);
        }
        // Neither the same nor earlier: after a terminal status, that can only be the other terminal one.
        if (current.isTerminal()) {
            return new TransitionOutcome.Conflict(ReviewReason.CONTRADICTORY_STATUS,
                    "a " + current + " order was reported " + to);
        }
        return new TransitionOutcome.Applied(current, to);
    }

    /** As {@link #apply(OrderStatus, ReportedAmounts, StatusEvent)} for an order with no recorded amounts. */
    public static TransitionOutcome apply(OrderStatus current, StatusEvent event) {
        return apply(current, ReportedAmounts.none(), event);
    }

    private static TransitionOutcome sameStatus(OrderStatus current, ReportedAmounts recorded,
                                                ReportedAmounts reported) {
        if (reported.isCoveredBy(recorded)) {
            return new TransitionOutcome.Duplicate(current);
        }
        // Before the end amounts may still move (a deposit receiving more); after it they are final.
        if (current.isTerminal() && reported.contradicts(recorded)) {
            return new TransitionOutcome.Conflict(ReviewReason.AMOUNT_MISMATCH,
                    "amounts reported for a " + current + " order differ from the recorded ones: "
                            + differences(recorded, reported));
        }
        return new TransitionOutcome.Applied(current, current);
    }

    private static String differences(ReportedAmounts recorded, ReportedAmounts reported) {
        return reported.values().entrySet().stream()
                .filter(e -> recorded.get(e.getKey()).filter(known -> !known.equals(e.getValue())).isPresent())
                .map(e -> describe(e, recorded.values().get(e.getKey())))
                .collect(Collectors.joining(", "));
    }

    private static String describe(Map.Entry<AmountKind, Money> reported, Money recorded) {
        return reported.getKey().wireName() + " recorded " + recorded + ", reported " + reported.getValue();
    }
}
