package com.cpay.platform.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gauge {@code cpay.orders} tagged {@code status}: how many orders of this merchant are in each status, counted
 * every {@code cpay.metrics.orders-refresh} (default 30 s) with one grouped query on the persistence adapter's
 * {@code orders} table (the domain has no counting port; see README-app.md).
 */
@Singleton
public class OrderStatusGauge {

    private static final Logger LOG = LoggerFactory.getLogger(OrderStatusGauge.class);
    private static final String COUNT = "SELECT status, COUNT(*) FROM orders WHERE merchant_id = ? GROUP BY status";

    private final TransactionOperations<Connection> transactions;
    private final String merchantId;
    private final Map<com.cpay.platform.domain.order.OrderStatus, AtomicLong> counts =
            new EnumMap<>(com.cpay.platform.domain.order.OrderStatus.class);

    private final BeanProvider<MeterRegistry> meters;

    public OrderStatusGauge(TransactionOperations<Connection> transactions, BeanProvider<MeterRegistry> meters,
                            @Value("${cpay.merchant-id:sandbox}") String merchantId) {
        this.transactions = transactions;
        this.meters = meters;
        this.merchantId = merchantId.isBlank() ? "sandbox" : merchantId.trim();
    }

    // registered at the first refresh rather than at start-up, which stays lighter
    private void register() {
        MeterRegistry registry = meters.get();
        for (var status : com.cpay.platform.domain.order.OrderStatus.values()) {
            AtomicLong count = new AtomicLong();
            counts.put(status, count);
            Gauge.builder("cpay.orders", count, AtomicLong::get).description("Orders by status")
                    .tag("status", status.name()).register(registry);
        }
    }

    @Scheduled(fixedDelay = "${cpay.metrics.orders-refresh:30s}", initialDelay = "${cpay.metrics.orders-initial-delay:5s}")
    synchronized void refresh() {
        if (counts.isEmpty()) {
            register();
        }
        try {
            Map<com.cpay.platform.domain.order.OrderStatus, Long> found = transactions.executeRead(tx -> count(
                    tx.getConnection()));
            counts.forEach((status, count) -> count.set(found.getOrDefault(status, 0L)));
        } catch (RuntimeException e) {
            LOG.debug("orders by status not counted: {}", e.toString());
        }
    }

    private Map<com.cpay.platform.domain.order.OrderStatus, Long> count(Connection connection) {
        Map<com.cpay.platform.domain.order.OrderStatus, Long> found =
                new EnumMap<>(com.cpay.platform.domain.order.OrderStatus.class);
        try (PreparedStatement s = connection.prepareStatement(COUNT)) {
            s.setString(1, merchantId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.put(com.cpay.platform.domain.order.OrderStatus.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("orders not counted: " + e.getSQLState(), e);
        }
        return found;
    }
}
