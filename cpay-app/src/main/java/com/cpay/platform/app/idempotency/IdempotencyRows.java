package com.cpay.platform.app.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code idempotency_records} table; every write is conditional (on the key being free, expired, or held by the
 * writing owner), so concurrent claims cannot both win and a call that lost its key cannot overwrite it.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface IdempotencyRows extends GenericRepository<IdempotencyRow, String> {

    /** Claims a new key: 1 when claimed, 0 when the key exists (a concurrent claim waits, then gets 0). */
    @Query("INSERT INTO idempotency_records (idempotency_key, client_id, fingerprint, state, owner, lease_until,"
            + " order_ref, created_at, expires_at) VALUES (:key, :clientId, :fingerprint, 'IN_FLIGHT', :owner,"
            + " :leaseUntil, :orderRef, :createdAt, :expiresAt) ON CONFLICT DO NOTHING")
    int claimIfAbsent(String key, String clientId, String fingerprint, String owner, Instant leaseUntil,
                      @Nullable String orderRef, Instant createdAt, Instant expiresAt);

    /** Claims a key whose record has expired, forgetting the old request: 1 when claimed, else 0. */
    @Query("UPDATE idempotency_records SET fingerprint = :fingerprint, state = 'IN_FLIGHT', owner = :owner,"
            + " lease_until = :leaseUntil, order_ref = :orderRef, response_status = NULL,"
            + " response_content_type = NULL, response_body = NULL, created_at = :createdAt,"
            + " expires_at = :expiresAt, completed_at = NULL"
            + " WHERE idempotency_key = :key AND expires_at <= :createdAt")
    int reclaimExpired(String key, String fingerprint, String owner, Instant leaseUntil, @Nullable String orderRef,
                       Instant createdAt, Instant expiresAt);

    /** Takes over an in-flight record whose owner's lease ran out; the recorded order stays. 1 when taken. */
    @Query("UPDATE idempotency_records SET owner = :owner, lease_until = :leaseUntil"
            + " WHERE idempotency_key = :key AND state = 'IN_FLIGHT' AND owner = :previousOwner"
            + " AND lease_until <= :now")
    int takeOver(String key, String previousOwner, String owner, Instant leaseUntil, Instant now);

    @Query("SELECT * FROM idempotency_records WHERE idempotency_key = :key")
    Optional<IdempotencyRow> find(String key);

    /** A record written before keys had clients, still within its retention. */
    @Query("SELECT * FROM idempotency_records WHERE idempotency_key = :key AND client_id IS NULL"
            + " AND expires_at > :now")
    Optional<IdempotencyRow> findUnscoped(String key, Instant now);

    @Query("UPDATE idempotency_records SET lease_until = :leaseUntil"
            + " WHERE idempotency_key = :key AND state = 'IN_FLIGHT' AND owner = :owner")
    int renew(String key, String owner, Instant leaseUntil);

    @Query("UPDATE idempotency_records SET state = 'COMPLETED', response_status = :status,"
            + " response_content_type = :contentType, response_body = :body, completed_at = :at"
            + " WHERE idempotency_key = :key AND state = 'IN_FLIGHT' AND owner = :owner")
    int complete(String key, String owner, int status, String contentType, String body, Instant at);

    @Query("DELETE FROM idempotency_records WHERE idempotency_key = :key AND state = 'IN_FLIGHT' AND owner = :owner")
    int release(String key, String owner);
}
