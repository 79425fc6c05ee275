package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.fake.MutableClock;
import com.cpay.platform.domain.fake.OrderRepositoryContract;
import com.cpay.platform.domain.order.OrderRepository;

/** The domain's order repository contract (also run by its in-memory fake) on H2. */
class DomainOrderRepositoryContractH2Test extends OrderRepositoryContract {
    @Override
    protected OrderRepository newRepository(MutableClock clock) {
        return SharedDatabase.empty(Database.H2).orders(clock);
    }
}
