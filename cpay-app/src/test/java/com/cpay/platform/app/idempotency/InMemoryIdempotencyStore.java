package com.cpay.platform.app.idempotency;

import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Idempotency keys in memory, per client, claimed atomically, held under a lease and forgotten after their expiry.
 * Thread-safe.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private final Map<List<String>, Entry> entries = new HashMap<>();

    @Override
    public synchronized IdempotencyBegin begin(IdempotencyClaim claim) {
        List<String> id = id(claim.hold());
        Entry entry = entries.get(id);
        if (entry == null || !entry.expiresAt().isAfter(claim.now())) {
            entries.put(id, new Entry(claim.fingerprint(), claim.hold().owner(), claim.leaseUntil(),
                    claim.expiresAt(), claim.order(), Optional.empty()));
            return new IdempotencyBegin.Started();
        }
        if (!entry.fingerprint().equals(claim.fingerprint())) {
            return new IdempotencyBegin.FingerprintMismatch();
        }
        if (entry.response().isPresent()) {
            return new IdempotencyBegin.Replay(entry.response().get());
        }
        if (entry.leaseUntil().isAfter(claim.now())) {
            return new IdempotencyBegin.InFlight();
        }
        entries.put(id, new Entry(entry.fingerprint(), claim.hold().owner(), claim.leaseUntil(), entry.expiresAt(),
                entry.order(), Optional.empty()));
        return new IdempotencyBegin.TakenOver(entry.order());
    }

    @Override
    public synchronized boolean renew(IdempotencyHold hold, Instant leaseUntil) {
        Entry entry = owned(hold);
        if (entry == null) {
            return false;
        }
        entries.put(id(hold), entry.withLease(leaseUntil));
        return true;
    }

    @Override
    public synchronized boolean complete(IdempotencyHold hold, StoredResponse response) {
        Entry entry = owned(hold);
        if (entry == null) {
            return false;
        }
        entries.put(id(hold), new Entry(entry.fingerprint(), entry.owner(), entry.leaseUntil(), entry.expiresAt(),
                entry.order(), Optional.of(response)));
        return true;
    }

    @Override
    public synchronized void release(IdempotencyHold hold) {
        if (owned(hold) != null) {
            entries.remove(id(hold));
        }
    }

    @Override
    public synchronized void abandon(IdempotencyHold hold, Instant now) {
        Entry entry = owned(hold);
        if (entry != null) {
            entries.put(id(hold), entry.withLease(now));
        }
    }

    public synchronized int size() {
        return entries.size();
    }

    /** The entry when the hold's owner still has it in flight, else null. */
    private Entry owned(IdempotencyHold hold) {
        Entry entry = entries.get(id(hold));
        return entry != null && entry.response().isEmpty() && entry.owner().equals(hold.owner()) ? entry : null;
    }

    private static List<String> id(IdempotencyHold hold) {
        return List.of(hold.client().value(), hold.key().value());
    }

    private record Entry(String fingerprint, String owner, Instant leaseUntil, Instant expiresAt,
                         Optional<MerchantTradeNo> order, Optional<StoredResponse> response) {

        Entry withLease(Instant until) {
            return new Entry(fingerprint, owner, until, expiresAt, order, response);
        }
    }
}
