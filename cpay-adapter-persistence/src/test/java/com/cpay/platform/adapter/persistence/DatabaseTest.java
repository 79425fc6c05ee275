package com.cpay.platform.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of every database test: one Micronaut context per test class on the class's own schema (PostgreSQL)
 * or in-memory database (H2), migrated by Flyway. Each contract class is abstract and runs once per
 * database through a {@code ...H2Test} and a {@code ...PostgresTest} subclass; the PostgreSQL one is
 * skipped, with the reason, when no server answers. After the class's tests, every text column of every
 * table is scanned for card numbers before the data is dropped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseTest {

    protected final TestClock clock = new TestClock();
    protected ApplicationContext context;
    private Database.Isolated place;

    /** The database this concrete class runs on. */
    abstract Database database();

    @BeforeAll
    void startDatabase() {
        if (database() == Database.POSTGRESQL && Database.postgresUnavailable().isPresent()) {
            return; // every test is reported skipped, with the reason, by requireDatabase()
        }
        place = database().isolate(getClass().getSimpleName());
        context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments("test")
                .properties(contextProperties(place))
                .singletons(clock)
                .start();
    }

    /** The context's settings for the class's database; a test may change them (e.g. to count what is read). */
    Map<String, Object> contextProperties(Database.Isolated place) {
        return place.properties();
    }

    /** Per test rather than per class, so that each test shows as SKIPPED with the reason (never as 0 tests). */
    @BeforeEach
    void requireDatabase() {
        Assumptions.assumeTrue(context != null, () -> "PostgreSQL at 127.0.0.1:5432 not reachable: "
                + Database.postgresUnavailable().orElse("unknown reason"));
    }

    @AfterAll
    void stopDatabase() throws SQLException {
        if (context == null) {
            return;
        }
        try (Connection c = connection()) {
            assertThat(CardDataScanner.findCardData(c))
                    .as("card numbers or unmasked PANs in the data this test class stored")
                    .isEmpty();
        } finally {
            context.close();
            place.drop();
        }
    }

    /** Empties the order tables, for tests that look at every order (leases). */
    void deleteAllOrders() throws SQLException {
        try (Connection c = connection(); java.sql.Statement s = c.createStatement()) {
            s.execute("DELETE FROM order_status_history");
            s.execute("DELETE FROM order_review_notes");
            s.execute("DELETE FROM orders");
        }
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A plain JDBC connection (auto-commit) to the class's schema, outside the context; the caller closes it. */
    Connection connection() throws SQLException {
        return place.connect();
    }
}
