package com.cpay.platform.domain.fake;

import com.cpay.platform.domain.port.out.OrderRepository;

class InMemoryOrderRepositoryTest extends OrderRepositoryContract {

    @Override
    protected OrderRepository newRepository(MutableClock clock) {
        return new InMemoryOrderRepository(clock);
    }
}
