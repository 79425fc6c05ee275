package com.cpay.platform.adapter.persistence;

class OrderCountPostgresTest extends OrderCountContract {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
