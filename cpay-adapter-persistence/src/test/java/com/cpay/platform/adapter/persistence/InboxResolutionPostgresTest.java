package com.cpay.platform.adapter.persistence;

class InboxResolutionPostgresTest extends InboxResolutionContract {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
