package com.cpay.platform.adapter.persistence;

class DetailsMigrationH2Test extends DetailsMigrationContract {
    @Override
    Database database() {
        return Database.H2;
    }
}
