package com.cpay.platform.app.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * PostgreSQL for tests: the server at {@code cpay.test.pg.url} (default {@code jdbc:postgresql://127.0.0.1:5432/test},
 * user {@code postgres}, no password), one fresh schema per test class, dropped afterwards. When the server does
 * not answer, {@link #unavailable()} says why, and the tests are skipped with that reason.
 */
public final class Postgres implements AutoCloseable {

    public static final String URL = System.getProperty("cpay.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getProperty("cpay.test.pg.user", "postgres");
    public static final String PASSWORD = System.getProperty("cpay.test.pg.password", "");
    private static volatile Optional<String> problem;

    private final String schema;

    private Postgres(String schema) {
        this.schema = schema;
    }

    /** Why PostgreSQL cannot be used, or empty when it answers; asked once per run. */
    public static synchronized Optional<String> unavailable() {
        if (problem == null) {
            DriverManager.setLoginTimeout(3);
            try (Connection c = DriverManager.getConnection(URL + "?connectTimeout=3", USER, PASSWORD)) {
                problem = c.isValid(3) ? Optional.empty() : Optional.of("connection not valid");
            } catch (SQLException e) {
                problem = Optional.of("PostgreSQL at " + URL + " not reachable: " + e.getMessage());
            }
        }
        return problem;
    }

    /** A new, empty schema (Flyway creates it at the application's start). */
    public static Postgres freshSchema(String testName) {
        String name = ("cpay_app_" + testName.replaceAll("[^A-Za-z0-9]", "")).toLowerCase(Locale.ROOT);
        name = name.substring(0, Math.min(name.length(), 40)) + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        return new Postgres(name);
    }

    /** The application's datasource and Flyway settings for this schema. */
    public Map<String, Object> properties() {
        return Map.of("datasources.default.url", URL + "?currentSchema=" + schema,
                "datasources.default.username", USER,
                "datasources.default.password", PASSWORD,
                "flyway.datasources.default.schemas", schema);
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
