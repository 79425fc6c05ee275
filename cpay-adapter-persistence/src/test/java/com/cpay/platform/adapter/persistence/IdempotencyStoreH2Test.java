package com.cpay.platform.adapter.persistence;

class IdempotencyStoreH2Test extends IdempotencyStoreContract {
    @Override
    Database database() {
        return Database.H2;
    }
}
