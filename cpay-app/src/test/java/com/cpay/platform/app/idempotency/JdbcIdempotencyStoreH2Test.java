package com.cpay.platform.app.idempotency;

class JdbcIdempotencyStoreH2Test extends JdbcIdempotencyStoreContract {
    @Override
    IdempotencyDatabase.Kind database() {
        return IdempotencyDatabase.Kind.H2;
    }
}
