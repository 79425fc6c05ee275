package com.cpay.platform.adapter.persistence;

class NotificationInboxH2Test extends NotificationInboxContract {
    @Override
    Database database() {
        return Database.H2;
    }
}
