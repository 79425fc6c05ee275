package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.query.AttentionCounts;
import com.cpay.platform.domain.order.query.CountOrdersPort;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.Map;

/** One grouped query over this merchant's orders; the same SQL on PostgreSQL and H2. */
final class JdbcOrderCounter implements CountOrdersPort {

    private static final String COUNT_BY_STATUS =
            "SELECT status, COUNT(*) FROM orders WHERE merchant_id = ? GROUP BY status";

    private static final String COUNT_NEEDING_ATTENTION = "SELECT COUNT(CASE WHEN needs_review THEN 1 END), "
            + "COUNT(outcome_unknown_since) FROM orders WHERE merchant_id = ?";

    private final String merchantId;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;

    JdbcOrderCounter(String merchantId, JdbcOperations jdbc, TransactionOperations<Connection> tx) {
        this.merchantId = merchantId;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public Map<OrderStatus, Long> countByStatus() {
        return tx.executeRead(s -> jdbc.prepareStatement(COUNT_BY_STATUS, statement -> {
            statement.setString(1, merchantId);
            Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
            for (OrderStatus status : OrderStatus.values()) {
                counts.put(status, 0L);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(OrderStatus.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
            return counts;
        }));
    }

    @Override
    public AttentionCounts countNeedingAttention() {
        return tx.executeRead(s -> jdbc.prepareStatement(COUNT_NEEDING_ATTENTION, statement -> {
            statement.setString(1, merchantId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new AttentionCounts(rows.getLong(1), rows.getLong(2));
            }
        }));
    }
}
