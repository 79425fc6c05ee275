package com.cpay.platform.domain.fake;

import com.cpay.platform.domain.idempotency.IdempotencyStore;

class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {

    @Override
    protected IdempotencyStore newStore() {
        return new InMemoryIdempotencyStore();
    }
}
