package com.cpay.platform.adapter.persistence;

class OrderCountH2Test extends OrderCountContract {
    @Override
    Database database() {
        return Database.H2;
    }
}
