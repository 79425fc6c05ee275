package com.cpay.platform.adapter.persistence;

class OrderLeasePostgresTest extends OrderLeaseContract {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
