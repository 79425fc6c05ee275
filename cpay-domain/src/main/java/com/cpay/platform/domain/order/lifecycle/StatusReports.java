package com.cpay.platform.domain.order.lifecycle;

import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.order.StatusEvent;
import com.cpay.platform.domain.order.TransitionOutcome;
import com.cpay.platform.domain.shared.ValidationException;
import java.time.Instant;
import java.util.function.Function;

/**
 * Applies a status report whose amounts are read in the order's asset. When they cannot be (more decimals
 * than the asset has), the status still counts, so it is applied without the amounts and the order is
 * flagged: losing a COMPLETED over an unreadable fee would be worse.
 */
public final class StatusReports {

    private StatusReports() {
    }

    /**
     * @param order  the order to apply the report to
     * @param report builds the report in the given order's asset; may throw {@link ValidationException}
     * @param bare   the same report; its amounts are ignored
     * @param at     when the report was observed
     */
    public static Applied apply(Order order, Function<Order, StatusEvent> report, StatusEvent bare, Instant at) {
        StatusEvent event;
        try {
            event = report.apply(order);
        } catch (ValidationException e) {
            StatusEvent withoutAmounts = bare.withAmounts(ReportedAmounts.none());
            TransitionOutcome outcome = order.apply(withoutAmounts);
            order.flagForReview(ReviewReason.AMOUNT_MISMATCH,
                    "C-Pay reported amounts that are not amounts of " + order.details().reportingAsset().code()
                            + ": " + e.getMessage(), at);
            return new Applied(order, outcome);
        }
        return new Applied(order, order.apply(event));
    }

    /**
     * An order after a report.
     *
     * @param order   the order to store
     * @param outcome what the state machine made of the report
     */
    public record Applied(Order order, TransitionOutcome outcome) {
    }
}
