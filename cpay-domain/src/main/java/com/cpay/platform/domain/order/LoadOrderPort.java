package com.cpay.platform.domain.order;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import java.util.Optional;

/**
 * Reads stored orders. Every order returned carries the version it was stored with, so that a later
 * {@link SaveOrderPort#update(Order)} can detect a concurrent change. The finders without a {@link HistoryRead}
 * bring the whole history; a use case that reads an order to change it asks for {@link HistoryRead#LAST_ENTRY}, so
 * that a change costs the same however many reports the order has had. An implementation that always brings the
 * whole history is correct, only slower: that is what the finders with a {@link HistoryRead} do unless overridden.
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

    /** {@link #findByMerchantTradeNo(MerchantTradeNo)}, bringing as much history as {@code read} asks for. */
    default Optional<Order> findByMerchantTradeNo(MerchantTradeNo merchantTradeNo, HistoryRead read) {
        return findByMerchantTradeNo(merchantTradeNo);
    }

    /** {@link #findByCpayOrderId(CpayOrderId)}, bringing as much history as {@code read} asks for. */
    default Optional<Order> findByCpayOrderId(CpayOrderId cpayOrderId, HistoryRead read) {
        return findByCpayOrderId(cpayOrderId);
    }

    /** {@link #findByHash(TransactionHash)}, bringing as much history as {@code read} asks for. */
    default Optional<Order> findByHash(TransactionHash hash, HistoryRead read) {
        return findByHash(hash);
    }

    /**
     * One page of orders matching the query, each with its whole history, newest first (by creation time, then merchantTradeNo
     * descending), with a cursor to the next page when there may be more.
     */
    OrderPage list(OrderQuery query);
}
