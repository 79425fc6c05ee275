package com.cpay.platform.domain.fake;

import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.ConcurrentUpdateException;
import com.cpay.platform.domain.order.SaveOrderPort;
import java.util.concurrent.atomic.AtomicInteger;

/** A store where someone else always saved the order first: every update is refused as stale. */
public final class StaleSaves implements SaveOrderPort {

    private final SaveOrderPort inserts;
    private final AtomicInteger updates;

    public StaleSaves(SaveOrderPort inserts, AtomicInteger updates) {
        this.inserts = inserts;
        this.updates = updates;
    }

    @Override
    public Order insert(Order order) {
        return inserts.insert(order);
    }

    @Override
    public Order update(Order order) {
        updates.incrementAndGet();
        throw new ConcurrentUpdateException(order.merchantTradeNo(), order.version());
    }
}
