package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.order.query.CountOrdersPort;
import com.cpay.platform.domain.notification.NotificationInbox;
import com.cpay.platform.domain.order.CpayCallLog;
import com.cpay.platform.domain.order.OrderRepository;
import com.cpay.platform.domain.events.EventPayloadRenderer;
import com.cpay.platform.domain.events.OrderEventLog;
import com.cpay.platform.domain.events.RelayLease;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The persistence adapter's beans: the domain's storage ports, backed by the default data source
 * ({@code datasources.default.*}, schema by Flyway). {@link OrderRepository} also answers for
 * {@code LoadOrderPort}, {@code SaveOrderPort} and {@code LeaseOrdersPort}. A {@link Clock} bean, when the
 * application has one, times leases and completions; otherwise the system UTC clock does.
 *
 * <p>Orders are stored under {@code cpay.merchant-id} (default {@code sandbox}): merchantTradeNo is unique per
 * merchant, and an installation sees only its merchant's orders. The inbox keeps at most
 * {@code cpay.webhooks.refused.max-stored} (default 10000) refused webhooks, the newest.
 */
@Factory
public class PersistenceFactory {

    @Singleton
    OrderRepository orderRepository(@Value("${cpay.merchant-id:sandbox}") String merchantId, OrderRows orders,
                                    StatusHistoryRows history, ReviewNoteRows notes,
                                    TransactionOperations<Connection> tx, JdbcOperations jdbc,
                                    @Nullable Clock clock, OrderEventWriter events) {
        Supplier<DatabaseKind> database = memoized(() -> tx.executeRead(s -> DatabaseKind.of(s.getConnection())));
        return new JdbcOrderRepository(merchantId, orders, new OrderHistories(history, notes, jdbc), tx,
                new OrderListing(jdbc),
                new OrderLeasing(orders, clockOrSystem(clock), database), events);
    }

    @Singleton
    CountOrdersPort orderCounter(@Value("${cpay.merchant-id:sandbox}") String merchantId, JdbcOperations jdbc,
                                 TransactionOperations<Connection> tx) {
        return new JdbcOrderCounter(merchantId, jdbc, tx);
    }

    @Singleton
    CpayCallLog cpayCallLog(@Value("${cpay.merchant-id:sandbox}") String merchantId, JdbcOperations jdbc,
                            TransactionOperations<Connection> tx) {
        return new JdbcCpayCallLog(merchantId, jdbc, tx);
    }

    @Singleton
    NotificationInbox notificationInbox(InboxRows rows, TransactionOperations<Connection> tx,
                                        @Value("${cpay.webhooks.refused.max-stored:"
                                                + JdbcNotificationInbox.DEFAULT_MAX_STORED_REFUSED + "}")
                                        int maxStoredRefused, OrderEventWriter events) {
        return new JdbcNotificationInbox(rows, tx, maxStoredRefused, events);
    }

    @Singleton
    OrderEventWriter orderEventWriter(OrderEventRows rows, EventPayloadRenderer renderer) {
        return new OrderEventWriter(rows, renderer);
    }

    /** The outbox's payloads when nothing renders them as an API shows orders (an embedding without cpay-app). */
    @Singleton
    @Requires(missingBeans = EventPayloadRenderer.class)
    EventPayloadRenderer storageEventPayloads() {
        return new StorageEventPayloads();
    }

    @Singleton
    OrderEventLog orderEventLog(OrderEventRows rows, JdbcOperations jdbc, TransactionOperations<Connection> tx) {
        return new JdbcOrderEventLog(rows, jdbc, tx);
    }

    @Singleton
    RelayLease relayLease(RelayRows rows, TransactionOperations<Connection> tx) {
        return new JdbcRelayLease(rows, tx);
    }

    private static Clock clockOrSystem(Clock clock) {
        return clock != null ? clock : Clock.systemUTC();
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T result = value;
                if (result == null) {
                    result = supplier.get();
                    value = result;
                }
                return result;
            }
        };
    }
}
