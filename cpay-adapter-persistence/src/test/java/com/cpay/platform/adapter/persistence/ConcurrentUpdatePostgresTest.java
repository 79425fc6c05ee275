package com.cpay.platform.adapter.persistence;

class ConcurrentUpdatePostgresTest extends ConcurrentUpdateContract {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
