package com.cpay.platform.adapter.persistence;

class SchemaPostgresTest extends SchemaContract {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
