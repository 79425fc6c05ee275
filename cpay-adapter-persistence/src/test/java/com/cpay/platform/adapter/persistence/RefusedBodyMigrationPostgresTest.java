package com.cpay.platform.adapter.persistence;

class RefusedBodyMigrationPostgresTest extends RefusedBodyMigrationContract {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
