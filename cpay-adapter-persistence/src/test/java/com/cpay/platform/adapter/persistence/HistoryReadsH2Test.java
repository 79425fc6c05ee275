package com.cpay.platform.adapter.persistence;

class HistoryReadsH2Test extends HistoryReadsContract {
    @Override
    Database database() {
        return Database.H2;
    }
}
