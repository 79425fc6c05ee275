package com.cpay.platform.adapter.persistence;

class CpayCallLogH2Test extends CpayCallLogContract {

    @Override
    Database database() {
        return Database.H2;
    }
}
