package com.cpay.platform.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The {@code orders} table. PostgreSQL dialect on both databases (H2 runs in PostgreSQL mode): the dialect
 * is fixed at compile time.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrderRows extends CrudRepository<OrderRow, Long> {

    String NON_TERMINAL = "status IN ('PENDING', 'PROCESSING')";
    String LEASE_FREE = "(lease_until IS NULL OR lease_until <= :now)"
            // an order whose outcome is unknown waits for its next lookup (docs/decisions.md, decision 25)
            + " AND (next_lookup_at IS NULL OR next_lookup_at <= :now)";

    Optional<OrderRow> findByMerchantIdAndMerchantTradeNo(String merchantId, String merchantTradeNo);

    Optional<OrderRow> findByMerchantIdAndCpayOrderId(String merchantId, String cpayOrderId);

    List<OrderRow> findByIdIn(Collection<Long> ids);

    @Query("SELECT * FROM orders WHERE merchant_id = :merchantId AND tx_hash = :txHash ORDER BY created_at, id LIMIT 1")
    Optional<OrderRow> findOldestByTxHash(String merchantId, String txHash);

    /**
     * Locks the order's row for the rest of the transaction and reads it whole: its version and list lengths say
     * what an update may append, the rest is the state the change's events are decided against. One statement
     * where a lock of the counters and a second read of the row were two (a round trip per update).
     */
    @Query("SELECT * FROM orders WHERE merchant_id = :merchantId AND merchant_trade_no = :merchantTradeNo FOR UPDATE")
    Optional<OrderRow> lockForUpdate(String merchantId, String merchantTradeNo);

    /** PostgreSQL: the stale, unleased orders, locked; rows another transaction has locked are skipped. */
    @Query("SELECT id FROM orders WHERE merchant_id = :merchantId AND " + NON_TERMINAL
            + " AND updated_at <= :staleBefore AND " + LEASE_FREE
            + " ORDER BY updated_at, id LIMIT :max FOR UPDATE SKIP LOCKED")
    List<Long> lockStaleIds(String merchantId, Instant staleBefore, Instant now, int max);

    @Query("UPDATE orders SET lease_holder = :holder, lease_until = :until WHERE id IN (:ids)")
    int leaseAll(Collection<Long> ids, String holder, Instant until);

    /** H2: candidates only; each is claimed by {@link #claim} whose update count decides. */
    @Query("SELECT id FROM orders WHERE merchant_id = :merchantId AND " + NON_TERMINAL
            + " AND updated_at <= :staleBefore AND " + LEASE_FREE + " ORDER BY updated_at, id LIMIT :max")
    List<Long> findStaleIds(String merchantId, Instant staleBefore, Instant now, int max);

    /** Takes the lease on one order if it is still stale, non-terminal and unleased: 1 when taken, else 0. */
    @Query("UPDATE orders SET lease_holder = :holder, lease_until = :until WHERE id = :id AND " + NON_TERMINAL
            + " AND updated_at <= :staleBefore AND " + LEASE_FREE)
    int claim(long id, String holder, Instant until, Instant staleBefore, Instant now);
}
