package com.cpay.platform.adapter.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The databases the tests run on. H2 (in memory, PostgreSQL mode) always; PostgreSQL when a server answers at
 * {@code cpay.test.pg.url} (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}).
 * Every test class gets its own PostgreSQL schema (dropped afterwards) or its own H2 database, so nothing
 * else in the {@code test} database is touched.
 */
enum Database {
    H2,
    POSTGRESQL;

    static final String PG_URL = System.getProperty("cpay.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = System.getProperty("cpay.test.pg.user", "postgres");
    static final String PG_PASSWORD = System.getProperty("cpay.test.pg.password", "");

    private static volatile Optional<String> postgresProblem;

    /** Why PostgreSQL cannot be used, or empty when it answers. Asked once per test run. */
    static Optional<String> postgresUnavailable() {
        Optional<String> known = postgresProblem;
        if (known == null) {
            synchronized (Database.class) {
                known = postgresProblem;
                if (known == null) {
                    known = probePostgres();
                    postgresProblem = known;
                }
            }
        }
        return known;
    }

    private static Optional<String> probePostgres() {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(PG_URL + "?connectTimeout=3&socketTimeout=10", PG_USER,
                PG_PASSWORD)) {
            return c.isValid(3) ? Optional.empty() : Optional.of("connection not valid");
        } catch (SQLException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** A fresh, empty place for one test class: its own schema or in-memory database. */
    Isolated isolate(String testClass) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String name = ("cpay_t_" + testClass.replaceAll("[^A-Za-z0-9]", "")).toLowerCase(Locale.ROOT);
        name = name.substring(0, Math.min(name.length(), 40)) + "_" + suffix;
        return this == H2 ? Isolated.h2(name) : Isolated.postgres(name);
    }

    /** Datasource and Flyway settings for one isolated place, as the README documents them. */
    record Isolated(Database database, String name, String url, String user, String password) {

        static Isolated h2(String name) {
            return new Isolated(H2, name, "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
        }

        static Isolated postgres(String schema) {
            return new Isolated(POSTGRESQL, schema, PG_URL + "?currentSchema=" + schema, PG_USER, PG_PASSWORD);
        }

        Map<String, Object> properties() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("datasources.default.url", url);
            p.put("datasources.default.username", user);
            p.put("datasources.default.password", password);
            p.put("datasources.default.dialect", "POSTGRES");
            // the settings the README recommends for a 2-core machine
            p.put("datasources.default.maximum-pool-size", 5);
            p.put("datasources.default.minimum-idle", 5);
            p.put("datasources.default.connection-timeout", 5000);
            p.put("datasources.default.validation-timeout", 2000);
            p.put("datasources.default.max-lifetime", 1_800_000);
            p.put("flyway.datasources.default.enabled", true);
            if (database == POSTGRESQL) {
                p.put("flyway.datasources.default.schemas", name);
            }
            p.put("cpay.merchant-id", "merchant-test");
            return p;
        }

        /** Flyway on this place with the product's migrations, up to {@code target}. */
        Flyway flyway(MigrationVersion target) {
            var config = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                    .target(target);
            if (database == POSTGRESQL) {
                config.schemas(name);
            }
            return config.load();
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        /** Removes everything the test class stored. */
        void drop() throws SQLException {
            try (Connection c = DriverManager.getConnection(database == H2 ? url : PG_URL, user, password);
                 Statement s = c.createStatement()) {
                s.execute(database == H2 ? "DROP ALL OBJECTS" : "DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
        }
    }
}
