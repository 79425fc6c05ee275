package com.cpay.platform.domain.order.lifecycle;

import com.cpay.platform.domain.order.HistoryRead;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.ConcurrentUpdateException;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.shared.NotFoundException;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Saves a change to an order under optimistic locking: when someone else saved the order in between, the
 * change is redone on a fresh read, at most {@link #MAX_TRIES} times in all. The change must therefore be a
 * function of the order it is given, not of an earlier read.
 */
public final class OrderChanges {

    /** Attempts before a {@link ConcurrentUpdateException} is passed on. */
    public static final int MAX_TRIES = 5;

    private final LoadOrderPort load;
    private final SaveOrderPort save;

    public OrderChanges(LoadOrderPort load, SaveOrderPort save) {
        this.load = Objects.requireNonNull(load, "load");
        this.save = Objects.requireNonNull(save, "save");
    }

    /**
     * Applies {@code change} to {@code current} (then to fresh reads) and stores the order it returns.
     *
     * @return the order as stored
     */
    public Order change(Order current, UnaryOperator<Order> change) {
        Order order = current;
        for (int attempt = 1; ; attempt++) {
            try {
                return save.update(change.apply(order));
            } catch (ConcurrentUpdateException e) {
                if (attempt >= MAX_TRIES) {
                    throw e;
                }
                order = reload(current);
            }
        }
    }

    /** The order as stored now, holding as much of its history as {@code order} does. */
    public Order reload(Order order) {
        HistoryRead read = order.holdsWholeHistory() ? HistoryRead.FULL : HistoryRead.LAST_ENTRY;
        return load.findByMerchantTradeNo(order.merchantTradeNo(), read).orElseThrow(
                () -> new NotFoundException("order " + order.merchantTradeNo() + " is no longer stored"));
    }
}
