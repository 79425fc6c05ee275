package com.cpay.platform.adapter.persistence;

class DetailsMigrationPostgresTest extends DetailsMigrationContract {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
