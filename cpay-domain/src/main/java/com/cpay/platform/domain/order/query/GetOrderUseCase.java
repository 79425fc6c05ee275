package com.cpay.platform.domain.order.query;

import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import com.cpay.platform.domain.reconciliation.ReconcileOrderUseCase;

/** A caller wants to see one order, with its status history and review notes. */
@PrimaryPort
public interface GetOrderUseCase {

    /**
     * The stored order; C-Pay is not asked (see {@link ReconcileOrderUseCase} for that).
     *
     * @throws com.cpay.platform.domain.shared.NotFoundException when no order matches
     */
    Result getOrder(Query query);

    /**
     * Which order: by exactly one of our merchantTradeNo or C-Pay's order id.
     *
     * @param merchantTradeNo our order number
     * @param cpayOrderId     C-Pay's order id
     */
    record Query(Optional<MerchantTradeNo> merchantTradeNo, Optional<CpayOrderId> cpayOrderId) {

        public Query {
            merchantTradeNo = CommandRules.orEmpty(merchantTradeNo);
            cpayOrderId = CommandRules.orEmpty(cpayOrderId);
            if (merchantTradeNo.isPresent() == cpayOrderId.isPresent()) {
                throw ValidationException.of(MerchantTradeNo.FIELD, "exactly-one",
                        "give exactly one of merchantTradeNo and cpayOrderId");
            }
        }

        /** By our order number. */
        public static Query of(MerchantTradeNo merchantTradeNo) {
            return new Query(Optional.of(merchantTradeNo), Optional.empty());
        }

        /** By C-Pay's order id. */
        public static Query of(CpayOrderId cpayOrderId) {
            return new Query(Optional.empty(), Optional.of(cpayOrderId));
        }
    }

    /**
     * One order, as plain values.
     *
     * @param order identifiers, status, amounts, details, review notes and the full status history
     */
    record Result(OrderSnapshot order) {

        public Result {
            Objects.requireNonNull(order, "order");
        }
    }
}
