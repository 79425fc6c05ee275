package com.cpay.platform.adapter.persistence;

class OrderStorageH2Test extends OrderStorageContract {
    @Override
    Database database() {
        return Database.H2;
    }
}
