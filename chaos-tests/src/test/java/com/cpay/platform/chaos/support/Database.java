package com.cpay.platform.chaos.support;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The app's database in one scenario: the default H2 file under the app's {@code ./data}, or a fresh PostgreSQL
 * database {@code chaos_<random>} on the server at {@code chaos.pg.url} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code postgres}), dropped on close.
 */
public abstract sealed class Database implements AutoCloseable {

    static final String PG_ADMIN_URL = System.getProperty("chaos.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String PG_USER = System.getProperty("chaos.pg.user", "postgres");
    static final String PG_PASSWORD = System.getProperty("chaos.pg.password", "");

    /** What the scenario reports: {@code H2} or {@code PostgreSQL}. */
    public abstract String kind();

    /** The {@code -D} settings the app needs for this database (none for the default H2 file). */
    public abstract Map<String, String> appProperties();

    /** A connection for the checks; for H2 only once the app has stopped (the file is locked while it runs). */
    public abstract Connection connect() throws SQLException;

    /** The schema the app's tables are in. */
    public String schema() {
        return "public";
    }

    /** Whether the checks may read it while the app runs. */
    public abstract boolean readableWhileAppRuns();

    @Override
    public void close() {
    }

    /** The app's default H2 file database in {@code appDir/data}. */
    public static Database h2(Path appDir) {
        return new H2(appDir);
    }

    /** A new PostgreSQL database; call {@link #postgresUnavailable()} first. */
    public static Database postgres() {
        String name = "chaos_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return new Postgres(name);
    }

    /**
     * For a scenario that needs PostgreSQL: when the server does not answer, records the scenario as skipped with
     * the reason (in the figures) and aborts the test, which JUnit reports as skipped.
     */
    public static void assumePostgres(String scenario) {
        Optional<String> unavailable = postgresUnavailable();
        if (unavailable.isPresent()) {
            Figures.start(scenario).skipped(unavailable.get());
            Assumptions.abort(unavailable.get());
        }
    }

    /** Why PostgreSQL cannot be used, or empty when it answers. */
    public static Optional<String> postgresUnavailable() {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD)) {
            return c.isValid(3) ? Optional.empty() : Optional.of("connection to " + PG_ADMIN_URL + " not valid");
        } catch (SQLException e) {
            return Optional.of("PostgreSQL at " + PG_ADMIN_URL + " not reachable: " + e.getMessage());
        }
    }

    static final class H2 extends Database {
        private final Path appDir;

        H2(Path appDir) {
            this.appDir = appDir;
        }

        @Override
        public String kind() {
            return "H2";
        }

        @Override
        public Map<String, String> appProperties() {
            return Map.of();
        }

        @Override
        public Connection connect() throws SQLException {
            return DriverManager.getConnection("jdbc:h2:file:" + appDir.resolve("data").resolve("cpay")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE", "sa", "");
        }

        @Override
        public boolean readableWhileAppRuns() {
            return false;
        }
    }

    static final class Postgres extends Database {
        private final String name;

        Postgres(String name) {
            this.name = name;
        }

        private String url() {
            return PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1) + name;
        }

        @Override
        public String kind() {
            return "PostgreSQL";
        }

        @Override
        public Map<String, String> appProperties() {
            return Map.of("datasources.default.url", url(), "datasources.default.username", PG_USER,
                    "datasources.default.password", PG_PASSWORD);
        }

        @Override
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url(), PG_USER, PG_PASSWORD);
        }

        @Override
        public boolean readableWhileAppRuns() {
            return true;
        }

        @Override
        public void close() {
            try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD);
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop database " + name, e);
            }
        }
    }
}
