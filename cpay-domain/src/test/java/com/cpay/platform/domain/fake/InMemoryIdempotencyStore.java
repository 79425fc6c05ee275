package com.cpay.platform.domain.fake;

import com.cpay.platform.domain.port.out.IdempotencyBegin;
import com.cpay.platform.domain.port.out.IdempotencyClaim;
import com.cpay.platform.domain.port.out.IdempotencyKey;
import com.cpay.platform.domain.port.out.IdempotencyStore;
import com.cpay.platform.domain.port.out.StoredResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Idempotency keys in memory, claimed atomically and forgotten after their expiry. Thread-safe. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private final Map<IdempotencyKey, Entry> entries = new HashMap<>();

    @Override
    public synchronized IdempotencyBegin begin(IdempotencyClaim claim) {
        Entry entry = entries.get(claim.key());
        if (entry == null || !entry.expiresAt().isAfter(claim.now())) {
            entries.put(claim.key(), new Entry(claim.fingerprint(), claim.expiresAt(), Optional.empty()));
            return new IdempotencyBegin.Started();
        }
        if (!entry.fingerprint().equals(claim.fingerprint())) {
            return new IdempotencyBegin.FingerprintMismatch();
        }
        return entry.response().<IdempotencyBegin>map(IdempotencyBegin.Replay::new)
                .orElseGet(IdempotencyBegin.InFlight::new);
    }

    @Override
    public synchronized void complete(IdempotencyKey key, StoredResponse response) {
        Entry entry = entries.get(key);
        if (entry == null) {
            throw new IllegalStateException("complete without begin for key " + key);
        }
        entries.put(key, new Entry(entry.fingerprint(), entry.expiresAt(), Optional.of(response)));
    }

    @Override
    public synchronized void release(IdempotencyKey key) {
        entries.remove(key);
    }

    public synchronized int size() {
        return entries.size();
    }

    private record Entry(String fingerprint, Instant expiresAt, Optional<StoredResponse> response) {
    }
}
