package com.cpay.platform.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** The {@code idempotency_records} table; every write is conditional so concurrent claims cannot both win. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface IdempotencyRows extends GenericRepository<IdempotencyRow, String> {

    /** Claims a new key: 1 when claimed, 0 when the key exists (a concurrent claim waits, then gets 0). */
    @Query("INSERT INTO idempotency_records (idempotency_key, fingerprint, state, created_at, expires_at)"
            + " VALUES (:key, :fingerprint, 'IN_FLIGHT', :createdAt, :expiresAt) ON CONFLICT DO NOTHING")
    int claimIfAbsent(String key, String fingerprint, Instant createdAt, Instant expiresAt);

    /** Claims a key whose record has expired, forgetting the old request: 1 when claimed, else 0. */
    @Query("UPDATE idempotency_records SET fingerprint = :fingerprint, state = 'IN_FLIGHT', response_status = NULL,"
            + " response_content_type = NULL, response_body = NULL, created_at = :createdAt,"
            + " expires_at = :expiresAt, completed_at = NULL"
            + " WHERE idempotency_key = :key AND expires_at <= :createdAt")
    int reclaimExpired(String key, String fingerprint, Instant createdAt, Instant expiresAt);

    Optional<IdempotencyRow> findByKey(String key);

    @Query("UPDATE idempotency_records SET state = 'COMPLETED', response_status = :status,"
            + " response_content_type = :contentType, response_body = :body, completed_at = :at"
            + " WHERE idempotency_key = :key AND state = 'IN_FLIGHT'")
    int complete(String key, int status, String contentType, String body, Instant at);

    @Query("DELETE FROM idempotency_records WHERE idempotency_key = :key AND state = 'IN_FLIGHT'")
    int release(String key);
}
