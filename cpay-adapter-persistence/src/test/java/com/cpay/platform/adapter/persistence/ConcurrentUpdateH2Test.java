package com.cpay.platform.adapter.persistence;

class ConcurrentUpdateH2Test extends ConcurrentUpdateContract {
    @Override
    Database database() {
        return Database.H2;
    }
}
