package com.cpay.platform.adapter.persistence;

class RefusedBodyMigrationH2Test extends RefusedBodyMigrationContract {
    @Override
    Database database() {
        return Database.H2;
    }
}
