package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.order.CpayCall;
import com.cpay.platform.domain.order.CpayCallLog;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code cpay_calls} table (V11): appended to, read per order; the same SQL on PostgreSQL and H2. */
final class JdbcCpayCallLog implements CpayCallLog {

    private static final String INSERT = "INSERT INTO cpay_calls (merchant_id, merchant_trade_no, operation,"
            + " called_at, result, code, trace_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String OF_ORDER = "SELECT merchant_trade_no, operation, called_at, result, code, trace_id,"
            + " detail FROM cpay_calls WHERE merchant_id = ? AND merchant_trade_no = ? ORDER BY id DESC LIMIT ?";

    /** Rows deleted per transaction by {@link #prune}. */
    static final int PRUNE_BATCH = 5_000;
    private static final String PRUNE = "DELETE FROM cpay_calls WHERE id IN (SELECT id FROM cpay_calls"
            + " WHERE merchant_id = ? AND called_at < ? ORDER BY id LIMIT ?)";

    private final String merchantId;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;

    private final int pruneBatch;

    JdbcCpayCallLog(String merchantId, JdbcOperations jdbc, TransactionOperations<Connection> tx) {
        this(merchantId, jdbc, tx, PRUNE_BATCH);
    }

    JdbcCpayCallLog(String merchantId, JdbcOperations jdbc, TransactionOperations<Connection> tx, int pruneBatch) {
        if (pruneBatch < 1) {
            throw new IllegalArgumentException("pruneBatch must be at least 1");
        }
        this.merchantId = merchantId;
        this.jdbc = jdbc;
        this.tx = tx;
        this.pruneBatch = pruneBatch;
    }

    @Override
    public void record(CpayCall call) {
        tx.executeWrite(s -> jdbc.prepareStatement(INSERT,
                statement -> {
                    statement.setString(1, merchantId);
                    statement.setString(2, call.merchantTradeNo().value());
                    statement.setString(3, call.operation());
                    statement.setObject(4, OffsetDateTime.ofInstant(call.at(), ZoneOffset.UTC));
                    statement.setString(5, call.result().name());
                    if (call.code().isPresent()) {
                        statement.setLong(6, call.code().get());
                    } else {
                        statement.setNull(6, Types.BIGINT);
                    }
                    statement.setString(7, call.traceId().orElse(null));
                    statement.setString(8, call.detail().orElse(null));
                    return statement.executeUpdate();
                }));
    }

    @Override
    public List<CpayCall> ofOrder(MerchantTradeNo merchantTradeNo, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        return tx.executeRead(s -> jdbc.prepareStatement(OF_ORDER, statement -> {
            statement.setString(1, merchantId);
            statement.setString(2, merchantTradeNo.value());
            statement.setInt(3, limit);
            List<CpayCall> calls = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long code = rows.getLong("code");
                    Optional<Long> maybeCode = rows.wasNull() ? Optional.empty() : Optional.of(code);
                    calls.add(new CpayCall(new MerchantTradeNo(rows.getString("merchant_trade_no")),
                            rows.getString("operation"), rows.getObject("called_at", OffsetDateTime.class).toInstant(),
                            CpayCall.Result.valueOf(rows.getString("result")), maybeCode,
                            Optional.ofNullable(rows.getString("trace_id")),
                            Optional.ofNullable(rows.getString("detail"))));
                }
            }
            return calls;
        }));
    }

    @Override
    public int prune(Instant calledBefore) {
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(calledBefore, ZoneOffset.UTC);
        int total = 0;
        int deleted;
        do {
            deleted = tx.executeWrite(s -> jdbc.prepareStatement(PRUNE, statement -> {
                statement.setString(1, merchantId);
                statement.setObject(2, cutoff);
                statement.setInt(3, pruneBatch);
                return statement.executeUpdate();
            }));
            total += deleted;
        } while (deleted == pruneBatch);
        return total;
    }
}
