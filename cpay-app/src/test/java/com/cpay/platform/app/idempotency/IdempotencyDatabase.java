package com.cpay.platform.app.idempotency;

import com.cpay.platform.app.support.Postgres;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A migrated database (H2 in memory, or a fresh PostgreSQL schema, skipped with the reason when no server answers)
 * with the app's beans on it, for the idempotency store's tests. One per kind for the whole test run, emptied
 * before each test that asks for it; dropped when the test JVM ends.
 */
final class IdempotencyDatabase {

    /** Where the records are kept. */
    enum Kind { H2, POSTGRESQL }

    private static final Map<Kind, IdempotencyDatabase> STARTED = new EnumMap<>(Kind.class);

    private final ApplicationContext context;
    private final String url;
    private final String user;
    private final String password;

    private IdempotencyDatabase(ApplicationContext context, String url, String user, String password) {
        this.context = context;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The shared database of this kind, without any idempotency record. */
    static synchronized IdempotencyDatabase empty(Kind kind) {
        if (kind == Kind.POSTGRESQL) {
            Assumptions.assumeTrue(Postgres.unavailable().isEmpty(), () -> Postgres.unavailable().orElse(""));
        }
        IdempotencyDatabase database = STARTED.computeIfAbsent(kind, IdempotencyDatabase::start);
        database.deleteAll();
        return database;
    }

    private static IdempotencyDatabase start(Kind kind) {
        Map<String, Object> properties = new HashMap<>();
        String url;
        String user;
        String password;
        Postgres schema = null;
        if (kind == Kind.H2) {
            url = "jdbc:h2:mem:idempotency" + UUID.randomUUID().toString().replace("-", "")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            user = "sa";
            password = "";
            properties.put("datasources.default.url", url);
        } else {
            schema = Postgres.freshSchema("IdempotencyStore");
            properties.putAll(schema.properties());
            url = (String) schema.properties().get("datasources.default.url");
            user = Postgres.USER;
            password = Postgres.PASSWORD;
        }
        properties.put("cpay.reconciliation.enabled", "false");
        ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).properties(properties)
                .start();
        Postgres dropped = schema;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            if (dropped != null) {
                dropped.close();
            }
        }));
        return new IdempotencyDatabase(context, url, user, password);
    }

    /** The app's store on this database. */
    IdempotencyStore store() {
        return context.getBean(IdempotencyStore.class);
    }

    /** A plain JDBC connection (auto-commit), outside the app; the caller closes it. */
    Connection connection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private void deleteAll() {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM idempotency_records");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
