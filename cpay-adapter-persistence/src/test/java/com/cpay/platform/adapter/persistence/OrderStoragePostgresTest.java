package com.cpay.platform.adapter.persistence;

class OrderStoragePostgresTest extends OrderStorageContract {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
