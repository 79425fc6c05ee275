package com.cpay.platform.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Which database is behind the data source; decides the lease strategy. */
enum DatabaseKind {
    POSTGRESQL,
    H2;

    static DatabaseKind of(Connection connection) {
        try {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            if (product.contains("h2")) {
                return H2;
            }
            throw new IllegalStateException("unsupported database " + product + ": use PostgreSQL or H2");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database the data source is", e);
        }
    }
}
