package com.cpay.platform.adapter.persistence;

class OrderEventsH2Test extends OrderEventsContract {
    @Override
    Database database() {
        return Database.H2;
    }
}
