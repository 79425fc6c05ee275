package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.fake.IdempotencyStoreContract;
import com.cpay.platform.domain.idempotency.IdempotencyStore;

/** The domain's idempotency contract (also run by its in-memory fake) on H2. */
class DomainIdempotencyStoreContractH2Test extends IdempotencyStoreContract {
    @Override
    protected IdempotencyStore newStore() {
        return SharedDatabase.empty(Database.H2).idempotency();
    }
}
