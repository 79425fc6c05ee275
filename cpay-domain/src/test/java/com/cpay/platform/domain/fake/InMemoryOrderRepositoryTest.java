package com.cpay.platform.domain.fake;

import com.cpay.platform.domain.order.OrderRepository;

class InMemoryOrderRepositoryTest extends OrderRepositoryContract {

    @Override
    protected OrderRepository newRepository(MutableClock clock) {
        return new InMemoryOrderRepository(clock);
    }
}
