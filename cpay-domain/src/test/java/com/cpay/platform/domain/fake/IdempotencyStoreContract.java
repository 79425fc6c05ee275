package com.cpay.platform.domain.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.port.out.IdempotencyBegin;
import com.cpay.platform.domain.port.out.IdempotencyClaim;
import com.cpay.platform.domain.port.out.IdempotencyKey;
import com.cpay.platform.domain.port.out.IdempotencyStore;
import com.cpay.platform.domain.port.out.StoredResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyStore} must do; the persistence adapter extends it with its database. */
public abstract class IdempotencyStoreContract {

    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");
    private static final IdempotencyKey KEY = new IdempotencyKey("key-1");
    private static final StoredResponse CREATED = new StoredResponse(201, "application/json", "{\"id\":1}");

    protected IdempotencyStore store;

    protected abstract IdempotencyStore newStore();

    @BeforeEach
    void emptyStore() {
        store = newStore();
    }

    @Test
    void a_new_key_starts_a_call() {
        assertThat(store.begin(claim("fp", NOW))).isInstanceOf(IdempotencyBegin.Started.class);
    }

    @Test
    void a_key_in_use_is_reported_in_flight_until_completed_then_replayed() {
        store.begin(claim("fp", NOW));

        assertThat(store.begin(claim("fp", NOW))).isInstanceOf(IdempotencyBegin.InFlight.class);
        store.complete(KEY, CREATED);
        assertThat(store.begin(claim("fp", NOW))).isEqualTo(new IdempotencyBegin.Replay(CREATED));
    }

    @Test
    void a_key_reused_for_another_request_is_refused() {
        store.begin(claim("fp", NOW));
        store.complete(KEY, CREATED);

        assertThat(store.begin(claim("other", NOW))).isInstanceOf(IdempotencyBegin.FingerprintMismatch.class);
    }

    @Test
    void a_released_key_starts_again() {
        store.begin(claim("fp", NOW));
        store.release(KEY);

        assertThat(store.begin(claim("fp", NOW))).isInstanceOf(IdempotencyBegin.Started.class);
    }

    @Test
    void a_key_is_forgotten_once_expired() {
        store.begin(claim("fp", NOW));
        store.complete(KEY, CREATED);

        assertThat(store.begin(claim("fp", NOW.plus(Duration.ofHours(24)).minusSeconds(1))))
                .isInstanceOf(IdempotencyBegin.Replay.class);
        assertThat(store.begin(claim("other", NOW.plus(Duration.ofHours(24)))))
                .isInstanceOf(IdempotencyBegin.Started.class);
    }

    private static IdempotencyClaim claim(String fingerprint, Instant at) {
        return new IdempotencyClaim(KEY, fingerprint, at, Duration.ofHours(24));
    }
}
