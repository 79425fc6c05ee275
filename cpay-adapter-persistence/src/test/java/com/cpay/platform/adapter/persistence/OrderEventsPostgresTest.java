package com.cpay.platform.adapter.persistence;

class OrderEventsPostgresTest extends OrderEventsContract {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
