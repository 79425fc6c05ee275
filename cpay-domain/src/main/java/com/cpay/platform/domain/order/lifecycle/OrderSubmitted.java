package com.cpay.platform.domain.order.lifecycle;

import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.ReportedAmounts;
import java.util.Objects;

/**
 * What every order-creating use case returns (and an operator's resubmission): the order as stored after C-Pay's
 * answer, or its absence, was recorded, and what C-Pay did. The order is the answer; nothing it holds is repeated.
 *
 * @param order    the order as stored: status, C-Pay's id, cashier page or 3DS redirect, amounts, review flag and
 *                 notes, refusal, "outcome unknown"
 * @param outcome  what C-Pay did with the request
 * @param answered the amounts C-Pay's answer carried, as sent; none without an answer. The order takes reported
 *                 amounts only with a status it applies, so an answer without a status (the withdraw example sends
 *                 only {@code fee}) is kept here alone
 */
public record OrderSubmitted(OrderSnapshot order, SubmissionOutcome outcome, ReportedAmounts answered) {

    public OrderSubmitted {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(answered, "answered");
    }
}
