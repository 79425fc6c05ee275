package com.cpay.platform.app.idempotency;

/** The idempotency contract (also run by the in-memory store) on H2. */
class IdempotencyStoreContractH2Test extends IdempotencyStoreContract {
    @Override
    protected IdempotencyStore newStore() {
        return IdempotencyDatabase.empty(IdempotencyDatabase.Kind.H2).store();
    }
}
