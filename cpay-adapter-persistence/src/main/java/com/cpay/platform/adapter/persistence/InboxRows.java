package com.cpay.platform.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code webhook_inbox} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface InboxRows extends GenericRepository<InboxRow, Long> {

    /** The states of entries held for a lookup at C-Pay. */
    String HELD = "('UNMATCHED', 'NEEDS_LOOKUP')";

    /**
     * Stores the notification unless its dedupe key is taken: 1 when stored, 0 for a redelivery. A
     * concurrent insert of the same key waits for the first transaction and then does nothing, so the
     * unique key decides without an error (which on PostgreSQL would abort the caller's transaction).
     */
    @Query("INSERT INTO webhook_inbox (dedupe_key, payload, body_sha256, body_length, body_excerpt, verified,"
            + " rejection_reason, state, received_at, failure_count, lookup_attempts) VALUES (:dedupeKey, :payload,"
            + " :bodySha256, :bodyLength, :bodyExcerpt, :verified, :rejectionReason, :state, :receivedAt, 0, 0)"
            + " ON CONFLICT DO NOTHING")
    int insertIfAbsent(String dedupeKey, @Nullable String payload, @Nullable String bodySha256,
                       @Nullable Long bodyLength, @Nullable String bodyExcerpt, boolean verified,
                       @Nullable String rejectionReason, String state, Instant receivedAt);

    /**
     * Deletes the oldest refused rows beyond the newest {@code keep}, at most {@code batch} of them (a backlog
     * left from before the bound is worked off a batch per refused webhook). Index {@code (verified, id)}.
     */
    @Query("DELETE FROM webhook_inbox WHERE id IN (SELECT id FROM webhook_inbox WHERE verified = FALSE AND id <="
            + " (SELECT id FROM webhook_inbox WHERE verified = FALSE ORDER BY id DESC LIMIT 1 OFFSET :keep)"
            + " ORDER BY id LIMIT :batch)")
    int deleteRefusedBeyond(int keep, int batch);

    Optional<InboxRow> findByDedupeKey(String dedupeKey);

    @Query("UPDATE webhook_inbox SET state = 'PROCESSED', processed_at = :at"
            + " WHERE dedupe_key = :dedupeKey AND state IN ('RECEIVED', 'FAILED', 'PROCESSED')")
    int markProcessed(String dedupeKey, Instant at);

    /** As {@link #markProcessed(String, Instant)}, keeping the keys of the order it was applied to. */
    @Query("UPDATE webhook_inbox SET state = 'PROCESSED', processed_at = :at, merchant_trade_no = :merchantTradeNo,"
            + " cpay_order_id = :cpayOrderId, tx_hash = :txHash"
            + " WHERE dedupe_key = :dedupeKey AND state IN ('RECEIVED', 'FAILED', 'PROCESSED')")
    int markProcessedWithKeys(String dedupeKey, @Nullable String merchantTradeNo, @Nullable String cpayOrderId,
                              @Nullable String txHash, Instant at);

    @Query("UPDATE webhook_inbox SET state = 'FAILED', failure_reason = :reason, failed_at = :at,"
            + " failure_count = failure_count + 1 WHERE dedupe_key = :dedupeKey AND state IN ('RECEIVED', 'FAILED')")
    int markFailed(String dedupeKey, String reason, Instant at);

    /** Holds a processed entry for review or a lookup ({@code UNMATCHED}, {@code NEEDS_LOOKUP}), due at once. */
    @Query("UPDATE webhook_inbox SET state = :state, processed_at = :at, review_reason = :reason,"
            + " merchant_trade_no = :merchantTradeNo, cpay_order_id = :cpayOrderId, tx_hash = :txHash,"
            + " lookup_attempts = 0, next_lookup_at = :at, looked_up_at = NULL"
            + " WHERE dedupe_key = :dedupeKey AND state IN ('RECEIVED', 'FAILED')")
    int hold(String dedupeKey, String state, String reason, @Nullable String merchantTradeNo,
             @Nullable String cpayOrderId, @Nullable String txHash, Instant at);

    @Query("SELECT * FROM webhook_inbox WHERE state IN " + HELD + " AND looked_up_at IS NULL"
            + " AND next_lookup_at <= :now ORDER BY next_lookup_at, id LIMIT :max")
    List<InboxRow> findDueForLookup(Instant now, int max);

    @Query("UPDATE webhook_inbox SET state = 'UNMATCHED', lookup_answer = :answer, cpay_status = :cpayStatus,"
            + " cpay_merchant_trade_no = :cpayMerchantTradeNo, cpay_amounts = :cpayAmounts, looked_up_at = :at,"
            + " next_lookup_at = NULL WHERE dedupe_key = :dedupeKey AND state IN " + HELD)
    int recordLookup(String dedupeKey, String answer, @Nullable String cpayStatus,
                     @Nullable String cpayMerchantTradeNo, @Nullable String cpayAmounts, Instant at);

    @Query("UPDATE webhook_inbox SET lookup_attempts = lookup_attempts + 1, last_lookup_error = :reason,"
            + " next_lookup_at = :retryAt WHERE dedupe_key = :dedupeKey AND state IN " + HELD)
    int lookupFailed(String dedupeKey, String reason, Instant retryAt);

    @Query("UPDATE webhook_inbox SET state = 'RESOLVED', resolution = :resolution, resolved_at = :at,"
            + " next_lookup_at = NULL WHERE dedupe_key = :dedupeKey"
            + " AND state IN ('UNMATCHED', 'NEEDS_LOOKUP', 'RESOLVED')")
    int markResolved(String dedupeKey, String resolution, Instant at);

    /**
     * The entries about one order, newest first: verified ones by their kept keys, refused ones whose redacted
     * excerpt holds the merchantTradeNo ({@code excerptPattern}, a LIKE pattern escaped with a backslash).
     */
    @Query("SELECT * FROM webhook_inbox WHERE (verified = TRUE AND (merchant_trade_no = :merchantTradeNo"
            + " OR cpay_order_id = :cpayOrderId OR tx_hash = :txHash))"
            + " OR (verified = FALSE AND body_excerpt LIKE :excerptPattern ESCAPE '\\')"
            + " ORDER BY id DESC LIMIT :max")
    List<InboxRow> findAboutOrder(@Nullable String merchantTradeNo, @Nullable String cpayOrderId,
                                  @Nullable String txHash, @Nullable String excerptPattern, int max);

    @Query("SELECT * FROM webhook_inbox WHERE state = :state ORDER BY received_at, id LIMIT :max")
    List<InboxRow> findByStateOldestFirst(String state, int max);
}
