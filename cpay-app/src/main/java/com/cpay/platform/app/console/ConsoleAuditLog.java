package com.cpay.platform.app.console;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The console's audit log, table {@code console_audit_log} (cpay-adapter-persistence's migration V9) on the service's
 * database: appended to and read, never changed: this class has no statement that updates or deletes a row. Plain
 * SQL that PostgreSQL and H2 (PostgreSQL mode) both run.
 */
@Singleton
public class ConsoleAuditLog {

    private static final String COLUMNS = "id, at, operator, operator_role, action, merchant_trade_no, note, outcome,"
            + " source";

    private final TransactionOperations<Connection> tx;

    public ConsoleAuditLog(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    /** Appends the entry, in a transaction of its own. */
    public void append(AuditEntry entry) {
        tx.executeWrite(status -> {
            try (PreparedStatement insert = status.getConnection().prepareStatement("INSERT INTO console_audit_log"
                    + " (at, operator, operator_role, action, merchant_trade_no, note, outcome, source)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC));
                insert.setString(2, entry.operator());
                insert.setString(3, entry.role().name());
                insert.setString(4, entry.action().name());
                setText(insert, 5, entry.merchantTradeNo());
                setText(insert, 6, entry.note());
                insert.setString(7, entry.outcome());
                setText(insert, 8, entry.source());
                return insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("the audit log could not be written", e);
            }
        });
    }

    /**
     * Entries newest first.
     *
     * @param merchantTradeNo only those about this order
     * @param before          only those older than this id (the previous page's last)
     * @param limit           at most this many
     */
    public List<AuditEntry> list(Optional<String> merchantTradeNo, Optional<Long> before, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM console_audit_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        merchantTradeNo.ifPresent(no -> {
            sql.append(" AND merchant_trade_no = ?");
            args.add(no);
        });
        before.ifPresent(id -> {
            sql.append(" AND id < ?");
            args.add(id);
        });
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(limit);
        return tx.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    select.setObject(i + 1, args.get(i));
                }
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        entries.add(read(rs));
                    }
                }
                return entries;
            } catch (SQLException e) {
                throw new IllegalStateException("the audit log could not be read", e);
            }
        });
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("operator"), ConsoleRole.valueOf(rs.getString("operator_role")),
                AuditAction.valueOf(rs.getString("action")), Optional.ofNullable(rs.getString("merchant_trade_no")),
                Optional.ofNullable(rs.getString("note")), rs.getString("outcome"),
                Optional.ofNullable(rs.getString("source")));
    }

    private static void setText(PreparedStatement statement, int index, Optional<String> text) throws SQLException {
        if (text.isPresent()) {
            statement.setString(index, text.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }
}
