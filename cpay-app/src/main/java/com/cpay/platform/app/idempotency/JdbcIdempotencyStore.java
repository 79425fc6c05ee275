package com.cpay.platform.app.idempotency;

import com.cpay.platform.domain.shared.MerchantTradeNo;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The app's {@link IdempotencyStore} on the service's database (table {@code idempotency_records}, migrated with the
 * other tables by cpay-adapter-persistence's Flyway scripts V1 and V5, see {@link IdempotencyRow}). Idempotency
 * records. {@link #begin} claims a key with {@code INSERT ... ON CONFLICT DO NOTHING} (new key), a
 * conditional {@code UPDATE ... WHERE expires_at <= now} (expired key) or a conditional take-over of a record whose
 * owner's lease ran out; each is decided by the database, so of concurrent claims at most one wins. Otherwise the
 * stored record answers: other fingerprint, still held, or the response to replay. Later writes name the owner.
 */
@Singleton
final class JdbcIdempotencyStore implements IdempotencyStore {

    /** A record can change between the failed claim and the read (released, taken over); then the claim is retried. */
    private static final int ATTEMPTS = 4;

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
        IdempotencyHold hold = claim.hold();
        String key = recordKey(hold);
        String order = claim.order().map(MerchantTradeNo::value).orElse(null);
        return tx.executeWrite(s -> {
            Optional<IdempotencyRow> unscoped = rows.findUnscoped(hold.key().value(), claim.now());
            if (unscoped.isPresent()) {
                return answer(unscoped.get(), claim);
            }
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                if (rows.claimIfAbsent(key, hold.client().value(), claim.fingerprint(), hold.owner(),
                        claim.leaseUntil(), order, claim.now(), claim.expiresAt()) == 1
                        || rows.reclaimExpired(key, claim.fingerprint(), hold.owner(), claim.leaseUntil(), order,
                        claim.now(), claim.expiresAt()) == 1) {
                    return new IdempotencyBegin.Started();
                }
                Optional<IdempotencyRow> stored = rows.find(key);
                if (stored.isEmpty()) {
                    continue;
                }
                IdempotencyRow row = stored.get();
                IdempotencyBegin found = answer(row, claim);
                if (!(found instanceof IdempotencyBegin.InFlight) || !leaseRanOut(row, claim.now())) {
                    return found;
                }
                if (rows.takeOver(key, row.owner(), hold.owner(), claim.leaseUntil(), claim.now()) == 1) {
                    return new IdempotencyBegin.TakenOver(Optional.ofNullable(row.orderRef()).map(MerchantTradeNo::new));
                }
            }
            return new IdempotencyBegin.InFlight();
        });
    }

    @Override
    public boolean renew(IdempotencyHold hold, Instant leaseUntil) {
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        return tx.executeWrite(s -> rows.renew(recordKey(hold), hold.owner(), leaseUntil)) == 1;
    }

    @Override
    public boolean complete(IdempotencyHold hold, StoredResponse response) {
        Objects.requireNonNull(response, "response");
        return tx.executeWrite(s -> rows.complete(recordKey(hold), hold.owner(), response.status(),
                response.contentType(), response.body(), clock.instant())) == 1;
    }

    @Override
    public void release(IdempotencyHold hold) {
        tx.executeWrite(s -> rows.release(recordKey(hold), hold.owner()));
    }

    @Override
    public void abandon(IdempotencyHold hold, Instant now) {
        Objects.requireNonNull(now, "now");
        tx.executeWrite(s -> rows.renew(recordKey(hold), hold.owner(), now));
    }

    /** Client ids never contain '|', so the first '|' separates the client from a key that may contain one. */
    private static String recordKey(IdempotencyHold hold) {
        Objects.requireNonNull(hold, "hold");
        return hold.client().value() + "|" + hold.key().value();
    }

    private static boolean leaseRanOut(IdempotencyRow row, Instant now) {
        return row.owner() != null && row.leaseUntil() != null && !row.leaseUntil().isAfter(now);
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
