package com.cpay.platform.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** The {@code webhook_inbox} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface InboxRows extends GenericRepository<InboxRow, Long> {

    /**
     * Stores the notification unless its dedupe key is taken: 1 when stored, 0 for a redelivery. A
     * concurrent insert of the same key waits for the first transaction and then does nothing, so the
     * unique key decides without an error (which on PostgreSQL would abort the caller's transaction).
     */
    @Query("INSERT INTO webhook_inbox (dedupe_key, payload, verified, rejection_reason, state, received_at,"
            + " failure_count) VALUES (:dedupeKey, :payload, :verified, :rejectionReason, :state, :receivedAt, 0)"
            + " ON CONFLICT DO NOTHING")
    int insertIfAbsent(String dedupeKey, String payload, boolean verified, @Nullable String rejectionReason,
                       String state, Instant receivedAt);

    Optional<InboxRow> findByDedupeKey(String dedupeKey);

    @Query("UPDATE webhook_inbox SET state = 'PROCESSED', processed_at = :at"
            + " WHERE dedupe_key = :dedupeKey AND state IN ('RECEIVED', 'FAILED', 'PROCESSED')")
    int markProcessed(String dedupeKey, Instant at);

    @Query("UPDATE webhook_inbox SET state = 'FAILED', failure_reason = :reason, failed_at = :at,"
            + " failure_count = failure_count + 1 WHERE dedupe_key = :dedupeKey AND state IN ('RECEIVED', 'FAILED')")
    int markFailed(String dedupeKey, String reason, Instant at);
}
