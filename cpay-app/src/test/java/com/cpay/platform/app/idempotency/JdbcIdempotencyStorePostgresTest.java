package com.cpay.platform.app.idempotency;

class JdbcIdempotencyStorePostgresTest extends JdbcIdempotencyStoreContract {
    @Override
    IdempotencyDatabase.Kind database() {
        return IdempotencyDatabase.Kind.POSTGRESQL;
    }
}
