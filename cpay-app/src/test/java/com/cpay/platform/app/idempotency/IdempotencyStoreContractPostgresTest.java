package com.cpay.platform.app.idempotency;

/** The idempotency contract (also run by the in-memory store) on PostgreSQL. */
class IdempotencyStoreContractPostgresTest extends IdempotencyStoreContract {
    @Override
    protected IdempotencyStore newStore() {
        return IdempotencyDatabase.empty(IdempotencyDatabase.Kind.POSTGRESQL).store();
    }
}
