package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.port.out.IdempotencyBegin;
import com.cpay.platform.domain.port.out.IdempotencyClaim;
import com.cpay.platform.domain.port.out.IdempotencyKey;
import com.cpay.platform.domain.port.out.IdempotencyStore;
import com.cpay.platform.domain.port.out.StoredResponse;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Idempotency records. {@link #begin} claims a key with {@code INSERT ... ON CONFLICT DO NOTHING} (new key) or a
 * conditional {@code UPDATE ... WHERE expires_at <= now} (expired key); both are decided by the database, so
 * of concurrent claims exactly one is {@link IdempotencyBegin.Started}. Otherwise the stored record answers:
 * other fingerprint, still in flight, or the response to replay.
 */
final class JdbcIdempotencyStore implements IdempotencyStore {

    /** A record can vanish between the failed claim and the read (released); then the claim is retried. */
    private static final int ATTEMPTS = 3;

    private final IdempotencyRows rows;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    JdbcIdempotencyStore(IdempotencyRows rows, TransactionOperations<Connection> tx, Clock clock) {
        this.rows = rows;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public IdempotencyBegin begin(IdempotencyClaim claim) {
        Objects.requireNonNull(claim, "claim");
        String key = claim.key().value();
        return tx.executeWrite(s -> {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                if (rows.claimIfAbsent(key, claim.fingerprint(), claim.now(), claim.expiresAt()) == 1
                        || rows.reclaimExpired(key, claim.fingerprint(), claim.now(), claim.expiresAt()) == 1) {
                    return new IdempotencyBegin.Started();
                }
                Optional<IdempotencyRow> stored = rows.findByKey(key);
                if (stored.isPresent()) {
                    return answer(stored.get(), claim);
                }
            }
            throw new IllegalStateException("idempotency key kept changing while it was claimed");
        });
    }

    @Override
    public void complete(IdempotencyKey key, StoredResponse response) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(response, "response");
        int updated = tx.executeWrite(s -> rows.complete(key.value(), response.status(), response.contentType(),
                response.body(), clock.instant()));
        if (updated != 1) {
            throw new IllegalStateException("no call in flight holds this idempotency key");
        }
    }

    @Override
    public void release(IdempotencyKey key) {
        Objects.requireNonNull(key, "key");
        tx.executeWrite(s -> rows.release(key.value()));
    }

    private static IdempotencyBegin answer(IdempotencyRow stored, IdempotencyClaim claim) {
        if (!stored.fingerprint().equals(claim.fingerprint())) {
            return new IdempotencyBegin.FingerprintMismatch();
        }
        if (IdempotencyRow.IN_FLIGHT.equals(stored.state())) {
            return new IdempotencyBegin.InFlight();
        }
        return new IdempotencyBegin.Replay(new StoredResponse(stored.responseStatus(), stored.responseContentType(),
                stored.responseBody()));
    }
}
