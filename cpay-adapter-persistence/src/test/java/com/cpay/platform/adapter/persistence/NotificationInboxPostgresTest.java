package com.cpay.platform.adapter.persistence;

class NotificationInboxPostgresTest extends NotificationInboxContract {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
