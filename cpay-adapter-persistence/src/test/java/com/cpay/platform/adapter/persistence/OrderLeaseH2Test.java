package com.cpay.platform.adapter.persistence;

class OrderLeaseH2Test extends OrderLeaseContract {
    @Override
    Database database() {
        return Database.H2;
    }
}
