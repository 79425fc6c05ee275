package com.cpay.platform.domain.order;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import java.util.Optional;

/**
 * Reads stored orders. Every order returned carries the version it was stored with, so that a later
 * {@link SaveOrderPort#update(Order)} can detect a concurrent change.
 */
@SecondaryPort
public interface LoadOrderPort {

    /** The order with this merchantTradeNo (unique across all orders). */
    Optional<Order> findByMerchantTradeNo(MerchantTradeNo merchantTradeNo);

    /** The order C-Pay knows under this id. */
    Optional<Order> findByCpayOrderId(CpayOrderId cpayOrderId);

    /**
     * The crypto order (deposit or payout) recorded with this on-chain transaction hash; used to match
     * no-order deposits (docs/decisions.md, decision 15). When several match, the oldest.
     */
    Optional<Order> findByHash(TransactionHash hash);

    /**
     * One page of orders matching the query, newest first (by creation time, then merchantTradeNo
     * descending), with a cursor to the next page when there may be more.
     */
    OrderPage list(OrderQuery query);
}
