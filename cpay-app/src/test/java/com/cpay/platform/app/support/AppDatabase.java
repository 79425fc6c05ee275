package com.cpay.platform.app.support;

import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.SQLException;

/** Reads a test app's database through the app's own connection pool, in a read-only transaction. */
public final class AppDatabase {

    private AppDatabase() {
    }

    /** What {@code work} reads from the app's database. */
    public static <T> T read(TestApp app, Work<T> work) {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = app.context().getBean(TransactionOperations.class);
        return tx.executeRead(status -> {
            try {
                return work.read(status.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** JDBC work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T read(Connection connection) throws SQLException;
    }
}
