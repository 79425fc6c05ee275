package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.notification.NotificationInbox;
import com.cpay.platform.domain.order.OrderRepository;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * One migrated database per kind for the whole test run, for the domain's port contracts
 * ({@code com.cpay.platform.domain.fake.*Contract}), which ask for a new, empty port before every test: the
 * tables are emptied and a port is built on the shared context with the contract's own clock. Dropped when
 * the test JVM ends.
 */
final class SharedDatabase {

    private static final Map<Database, SharedDatabase> STARTED = new EnumMap<>(Database.class);

    private final Database.Isolated place;
    private final ApplicationContext context;

    private SharedDatabase(Database.Isolated place, ApplicationContext context) {
        this.place = place;
        this.context = context;
    }

    /** The shared database of this kind, empty; a PostgreSQL test is skipped, with the reason, when none answers. */
    static synchronized SharedDatabase empty(Database database) {
        if (database == Database.POSTGRESQL) {
            Assumptions.assumeTrue(Database.postgresUnavailable().isEmpty(), () -> "PostgreSQL at 127.0.0.1:5432 "
                    + "not reachable: " + Database.postgresUnavailable().orElse(""));
        }
        SharedDatabase shared = STARTED.computeIfAbsent(database, SharedDatabase::start);
        shared.deleteAll();
        return shared;
    }

    private static SharedDatabase start(Database database) {
        Database.Isolated place = database.isolate("DomainContracts");
        ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).environments("test")
                .properties(place.properties()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                context.close();
                place.drop();
            } catch (Exception ignored) {
                // the JVM is ending; an H2 database goes with it, a PostgreSQL schema is best effort
            }
        }));
        return new SharedDatabase(place, context);
    }

    OrderRepository orders(Clock clock) {
        OrderRows rows = context.getBean(OrderRows.class);
        DatabaseKind kind = place.database() == Database.H2 ? DatabaseKind.H2 : DatabaseKind.POSTGRESQL;
        JdbcOperations jdbc = context.getBean(JdbcOperations.class);
        return new JdbcOrderRepository("merchant-test", rows, new OrderHistories(context.getBean(StatusHistoryRows.class),
                context.getBean(ReviewNoteRows.class), jdbc), tx(), new OrderListing(jdbc),
                new OrderLeasing(rows, clock, () -> kind), context.getBean(OrderEventWriter.class));
    }

    NotificationInbox inbox() {
        return context.getBean(NotificationInbox.class);
    }

    @SuppressWarnings("unchecked")
    private TransactionOperations<Connection> tx() {
        return context.getBean(Argument.of(TransactionOperations.class, Connection.class));
    }

    private void deleteAll() {
        try (Connection c = place.connect(); Statement s = c.createStatement()) {
            for (String table : new String[] {"order_status_history", "order_review_notes", "orders", "webhook_inbox",
                "idempotency_records"}) {
                s.execute("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
