package com.cpay.platform.domain.order;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import com.cpay.platform.domain.shared.ConflictException;

/**
 * Stores orders with optimistic locking. The version is owned by the implementation: an inserted order is
 * stored with the version it carries (0 for a new order), and each successful update stores
 * {@code order.version() + 1}. Both return the order as stored, with its stored version; callers continue
 * with the returned instance and drop the one they passed.
 */
@SecondaryPort
public interface SaveOrderPort {

    /**
     * Stores a new order, with its status history (the whole of it: a new order has no stored entries).
     *
     * @return the order as stored
     * @throws ConflictException when an order with the same merchantTradeNo already exists
     * @throws IllegalArgumentException when the order does not hold its whole history
     */
    Order insert(Order order);

    /**
     * Stores the order's new state, its appended history and review notes, if nobody stored it since it was
     * read. Entries already stored are never rewritten: only those after {@link OrderSnapshot#historySize()} of the
     * stored order are added, so an order read with only its last entry is stored like one read whole.
     *
     * @return the order as stored, its version one higher, holding as much of its history as {@code order} did
     * @throws ConcurrentUpdateException when the stored version is no longer {@code order.version()}: read the
     *                                   order again and redo the change
     * @throws com.cpay.platform.domain.shared.NotFoundException when no order has this merchantTradeNo
     */
    Order update(Order order);
}
