package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.order.OrderCursor;
import com.cpay.platform.domain.order.OrderQuery;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Order listing with optional filters and keyset pagination (newest first by creation time, then
 * merchantTradeNo descending). The filters vary per call, so the statement is assembled here from fixed
 * fragments; every value is a bind parameter.
 */
final class OrderListing {

    private final JdbcOperations jdbc;

    OrderListing(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of rows, with the cursor to the next page when more rows exist. */
    record Page(List<OrderRow> rows, Optional<OrderCursor> next) {
    }

    /** Must run inside a transaction (the caller's read transaction supplies the connection). */
    Page page(String merchantId, OrderQuery query) {
        StringBuilder sql = new StringBuilder("SELECT * FROM orders WHERE merchant_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(merchantId);
        query.status().ifPresent(status -> {
            sql.append(" AND status = ?");
            args.add(status.name());
        });
        query.kind().ifPresent(kind -> {
            sql.append(" AND kind = ?");
            args.add(kind.name());
        });
        query.userId().ifPresent(user -> {
            sql.append(" AND user_id = ?");
            args.add(user.value());
        });
        query.createdFrom().ifPresent(from -> {
            sql.append(" AND created_at >= ?");
            args.add(from);
        });
        query.createdTo().ifPresent(to -> {
            sql.append(" AND created_at < ?");
            args.add(to);
        });
        query.needsReview().ifPresent(flagged -> {
            sql.append(" AND needs_review = ?");
            args.add(flagged);
        });
        query.outcomeUnknown().ifPresent(unknown -> sql.append(unknown
                ? " AND outcome_unknown_since IS NOT NULL" : " AND outcome_unknown_since IS NULL"));
        query.updatedSince().ifPresent(since -> {
            sql.append(" AND updated_at >= ?");
            args.add(since);
        });
        query.cpayOrderId().ifPresent(id -> {
            sql.append(" AND cpay_order_id = ?");
            args.add(id.value());
        });
        query.hash().ifPresent(hash -> {
            sql.append(" AND tx_hash = ?");
            args.add(hash.value());
        });
        query.after().ifPresent(cursor -> {
            sql.append(" AND (created_at < ? OR (created_at = ? AND merchant_trade_no < ?))");
            args.add(cursor.createdAt());
            args.add(cursor.createdAt());
            args.add(cursor.merchantTradeNo().value());
        });
        sql.append(" ORDER BY created_at DESC, merchant_trade_no DESC LIMIT ?");
        args.add(query.limit() + 1);
        List<OrderRow> rows = jdbc.prepareStatement(sql.toString(), statement -> {
            bind(statement, args);
            try (ResultSet rs = statement.executeQuery()) {
                return jdbc.entityStream(rs, OrderRow.class).toList();
            }
        });
        if (rows.size() <= query.limit()) {
            return new Page(rows, Optional.empty());
        }
        List<OrderRow> page = rows.subList(0, query.limit());
        OrderRow last = page.get(page.size() - 1);
        return new Page(page, Optional.of(new OrderCursor(last.createdAt(), new MerchantTradeNo(last.merchantTradeNo()))));
    }

    private static void bind(PreparedStatement statement, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object value = args.get(i);
            if (value instanceof Instant instant) {
                statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
