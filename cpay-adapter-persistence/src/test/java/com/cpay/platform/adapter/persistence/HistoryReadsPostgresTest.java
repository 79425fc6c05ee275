package com.cpay.platform.adapter.persistence;

class HistoryReadsPostgresTest extends HistoryReadsContract {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
