package com.cpay.platform.domain.reconciliation;

import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.OutcomeKind;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Someone (a user, a retry after a timeout, the reconciliation job) asks C-Pay where an order stands. */
@PrimaryPort
public interface ReconcileOrderUseCase {

    /**
     * Queries C-Pay (getOrderDetail) for the order, by C-Pay order id, else transaction hash, else
     * merchantTradeNo, and applies the answer through the order's state machine. An order C-Pay does not know
     * is closed here once it is older than the grace period and C-Pay never gave it an id: the request never
     * arrived.
     *
     * @throws com.cpay.platform.domain.shared.NotFoundException when we have no such order
     * @throws com.cpay.platform.domain.shared.GatewayRejectedException    when C-Pay refuses the query
     * @throws com.cpay.platform.domain.shared.GatewayUnavailableException when C-Pay cannot be reached
     */
    Result reconcile(Command command);

    /**
     * The order to reconcile.
     *
     * @param merchantTradeNo our order number
     * @param creatorGone     the call that created the order is known to have ended without recording C-Pay's answer
     *                        (its process died and a retry took its idempotency key over): a money-out order without
     *                        evidence is then marked "outcome unknown" at once instead of after the grace period, in
     *                        which a young order may still be waiting for its answer
     */
    record Command(MerchantTradeNo merchantTradeNo, boolean creatorGone) {

        /** An order looked at by reconciliation or a client's refresh, whose creating call may still be running. */
        public Command(MerchantTradeNo merchantTradeNo) {
            this(merchantTradeNo, false);
        }

        public Command {
            Checks.required(MerchantTradeNo.FIELD, merchantTradeNo);
        }
    }

    /**
     * What reconciling an order found.
     *
     * @param order   the order as stored afterwards (the caller answers from it, no need to read it again): with its
     *                whole history from {@link ReconcileOrderUseCase#reconcile}; the job's leased orders hold their
     *                last entry only
     * @param finding what C-Pay said, in short
     * @param outcome what the state machine made of C-Pay's report, when there was one
     * @param before  the status before
     */
    record Result(OrderSnapshot order, Finding finding, Optional<OutcomeKind> outcome, OrderStatus before) {

        public Result {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(finding, "finding");
            outcome = CommandRules.orEmpty(outcome);
            Objects.requireNonNull(before, "before");
        }

        /** The order reconciled. */
        public MerchantTradeNo merchantTradeNo() {
            return order.merchantTradeNo();
        }

        /** The status after. */
        public OrderStatus after() {
            return order.status();
        }

        /** Whether the order is flagged for review afterwards. */
        public boolean needsReview() {
            return order.needsReview();
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
}
