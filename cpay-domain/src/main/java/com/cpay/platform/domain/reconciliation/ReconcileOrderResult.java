package com.cpay.platform.domain.reconciliation;

import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.OutcomeKind;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.util.Objects;
import java.util.Optional;

/**
 * What reconciling an order found.
 *
 * @param merchantTradeNo the order
 * @param finding         what C-Pay said, in short
 * @param outcome         what the state machine made of C-Pay's report, when there was one
 * @param before          the status before
 * @param after           the status after
 * @param needsReview     whether the order is flagged for review afterwards
 */
public record ReconcileOrderResult(MerchantTradeNo merchantTradeNo, Finding finding, Optional<OutcomeKind> outcome,
                                   OrderStatus before, OrderStatus after, boolean needsReview) {

    public ReconcileOrderResult {
        Objects.requireNonNull(merchantTradeNo, "merchantTradeNo");
        Objects.requireNonNull(finding, "finding");
        outcome = CommandRules.orEmpty(outcome);
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** What C-Pay said about the order. */
    public enum Finding {
        /** C-Pay reported the order; the report went through the state machine. */
        REPORTED,
        /** C-Pay does not know the order, and it is too young to conclude anything. */
        NOT_AT_CPAY_YET,
        /** C-Pay does not know the order and never did: closed here. */
        CLOSED_NEVER_ARRIVED,
        /** C-Pay does not know an order it once gave an id: flagged for review. */
        MISSING_AT_CPAY,
        /**
         * A money-out order whose outcome is unknown, and getOrderDetail did not show it: it is looked up again
         * later, never closed by reconciliation (docs/decisions.md, decision 25). Code 1 is no proof that C-Pay lacks it.
         */
        OUTCOME_STILL_UNKNOWN,
        /** As {@link #OUTCOME_STILL_UNKNOWN}, and the lookups are used up: the order now waits in review. */
        SENT_TO_REVIEW
    }
}
