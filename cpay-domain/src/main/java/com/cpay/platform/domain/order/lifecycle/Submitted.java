package com.cpay.platform.domain.order.lifecycle;

import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.ReportedAmounts;
import java.util.Optional;
import java.util.function.Function;

/**
 * An order after it was sent to C-Pay.
 *
 * @param order   the order as stored afterwards
 * @param answer  C-Pay's answer, when there was one
 * @param outcome what C-Pay did
 */
public record Submitted<A>(Order order, Optional<A> answer, SubmissionOutcome outcome) {

    /**
     * What the use case returns.
     *
     * @param amounts the amounts an answer reported
     */
    public OrderSubmitted result(Function<A, ReportedAmounts> amounts) {
        return new OrderSubmitted(order.snapshot(), outcome, answer.map(amounts).orElse(ReportedAmounts.none()));
    }
}
