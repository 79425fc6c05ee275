package com.cpay.platform.adapter.persistence;

class CpayCallLogPostgresTest extends CpayCallLogContract {

    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
