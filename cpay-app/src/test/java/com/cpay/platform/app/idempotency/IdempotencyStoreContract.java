package com.cpay.platform.app.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyStore} must do: the in-memory store and the JDBC store on H2 and PostgreSQL. */
public abstract class IdempotencyStoreContract {

    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(15);
    private static final ApiClientId CLIENT = new ApiClientId("token-0123456789abcdef");
    private static final IdempotencyKey KEY = new IdempotencyKey("key-1");
    private static final IdempotencyHold FIRST = new IdempotencyHold(CLIENT, KEY, "instance-a/1");
    private static final IdempotencyHold SECOND = new IdempotencyHold(CLIENT, KEY, "instance-b/2");
    private static final MerchantTradeNo ORDER = new MerchantTradeNo("order-1");
    private static final StoredResponse CREATED = new StoredResponse(201, "application/json", "{\"id\":1}");

    protected IdempotencyStore store;

    protected abstract IdempotencyStore newStore();

    @BeforeEach
    void emptyStore() {
        store = newStore();
    }

    @Test
    void a_new_key_starts_a_call() {
        assertThat(store.begin(claim(FIRST, "fp", NOW))).isInstanceOf(IdempotencyBegin.Started.class);
    }

    @Test
    void a_key_in_use_is_reported_in_flight_until_completed_then_replayed() {
        store.begin(claim(FIRST, "fp", NOW));

        assertThat(store.begin(claim(SECOND, "fp", NOW))).isInstanceOf(IdempotencyBegin.InFlight.class);
        assertThat(store.complete(FIRST, CREATED)).isTrue();
        assertThat(store.begin(claim(SECOND, "fp", NOW))).isEqualTo(new IdempotencyBegin.Replay(CREATED));
    }

    @Test
    void a_key_reused_for_another_request_is_refused() {
        store.begin(claim(FIRST, "fp", NOW));
        store.complete(FIRST, CREATED);

        assertThat(store.begin(claim(SECOND, "other", NOW))).isInstanceOf(IdempotencyBegin.FingerprintMismatch.class);
    }

    @Test
    void a_released_key_starts_again() {
        store.begin(claim(FIRST, "fp", NOW));
        store.release(FIRST);

        assertThat(store.begin(claim(SECOND, "fp", NOW))).isInstanceOf(IdempotencyBegin.Started.class);
    }

    @Test
    void a_key_is_forgotten_once_expired() {
        store.begin(claim(FIRST, "fp", NOW));
        store.complete(FIRST, CREATED);

        assertThat(store.begin(claim(SECOND, "fp", NOW.plus(Duration.ofHours(24)).minusSeconds(1))))
                .isInstanceOf(IdempotencyBegin.Replay.class);
        assertThat(store.begin(claim(SECOND, "other", NOW.plus(Duration.ofHours(24)))))
                .isInstanceOf(IdempotencyBegin.Started.class);
    }

    @Test
    void keys_belong_to_one_client() {
        IdempotencyHold otherClient = new IdempotencyHold(new ApiClientId("token-fedcba9876543210"), KEY, "x/1");
        store.begin(claim(FIRST, "fp", NOW));
        store.complete(FIRST, CREATED);

        assertThat(store.begin(claim(otherClient, "other", NOW))).isInstanceOf(IdempotencyBegin.Started.class);
        assertThat(store.begin(claim(SECOND, "fp", NOW))).isEqualTo(new IdempotencyBegin.Replay(CREATED));
    }

    @Test
    void a_call_whose_lease_ran_out_is_taken_over_once_with_its_recorded_order() {
        store.begin(claim(FIRST, "fp", NOW));
        Instant afterLease = NOW.plus(LEASE);

        assertThat(store.begin(claim(SECOND, "fp", afterLease.minusMillis(1))))
                .isInstanceOf(IdempotencyBegin.InFlight.class);
        assertThat(store.begin(claim(SECOND, "fp", afterLease)))
                .isEqualTo(new IdempotencyBegin.TakenOver(Optional.of(ORDER)));
        IdempotencyHold third = new IdempotencyHold(CLIENT, KEY, "instance-c/3");
        assertThat(store.begin(claim(third, "fp", afterLease))).isInstanceOf(IdempotencyBegin.InFlight.class);
    }

    @Test
    void a_renewed_lease_keeps_the_key() {
        store.begin(claim(FIRST, "fp", NOW));
        assertThat(store.renew(FIRST, NOW.plus(LEASE).plus(LEASE))).isTrue();

        assertThat(store.begin(claim(SECOND, "fp", NOW.plus(LEASE).plusSeconds(1))))
                .isInstanceOf(IdempotencyBegin.InFlight.class);
    }

    @Test
    void the_call_that_lost_its_key_can_no_longer_write() {
        store.begin(claim(FIRST, "fp", NOW));
        store.begin(claim(SECOND, "fp", NOW.plus(LEASE)));

        assertThat(store.renew(FIRST, NOW.plus(Duration.ofMinutes(5)))).isFalse();
        assertThat(store.complete(FIRST, new StoredResponse(500, "application/json", "{}"))).isFalse();
        store.release(FIRST);
        store.abandon(FIRST, NOW);
        assertThat(store.complete(SECOND, CREATED)).isTrue();
        assertThat(store.begin(claim(FIRST, "fp", NOW.plus(LEASE)))).isEqualTo(new IdempotencyBegin.Replay(CREATED));
    }

    @Test
    void an_abandoned_call_is_taken_over_at_once_and_its_answer_never_replayed() {
        store.begin(claim(FIRST, "fp", NOW));
        store.abandon(FIRST, NOW.plusSeconds(1));

        assertThat(store.begin(claim(SECOND, "fp", NOW.plusSeconds(1))))
                .isEqualTo(new IdempotencyBegin.TakenOver(Optional.of(ORDER)));
    }

    private static IdempotencyClaim claim(IdempotencyHold hold, String fingerprint, Instant at) {
        return new IdempotencyClaim(hold, fingerprint, at, Duration.ofHours(24), LEASE, Optional.of(ORDER));
    }
}
