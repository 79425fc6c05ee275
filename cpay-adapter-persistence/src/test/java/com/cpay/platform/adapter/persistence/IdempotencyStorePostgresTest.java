package com.cpay.platform.adapter.persistence;

class IdempotencyStorePostgresTest extends IdempotencyStoreContract {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
