package com.cpay.platform.adapter.persistence;

class SchemaH2Test extends SchemaContract {
    @Override
    Database database() {
        return Database.H2;
    }
}
