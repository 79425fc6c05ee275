package com.cpay.platform.app.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Idempotency records in the database: replay, conflict, in flight, release, expiry, and one winner per key,
 * on H2 and on PostgreSQL.
 */
abstract class JdbcIdempotencyStoreContract {

    private static final Instant T0 = Instant.parse("2026-03-10T08:00:00.123Z");
    private static final Duration DAY = Duration.ofHours(24);
    private static final StoredResponse CREATED = new StoredResponse(201, "application/json", "{\"order\":\"p-1\"}");

    private IdempotencyDatabase database;
    private IdempotencyStore store;

    /** The database this concrete class runs on. */
    abstract IdempotencyDatabase.Kind database();

    @BeforeEach
    void ports() {
        database = IdempotencyDatabase.empty(database());
        store = database.store();
    }

    private static final ApiClientId CLIENT = new ApiClientId("token-0123456789abcdef");
    private static final Duration LEASE = Duration.ofSeconds(15);

    private static IdempotencyClaim claim(String key, String fingerprint, Instant now) {
        return claim(hold(key, "owner-" + now.toEpochMilli() + "-" + fingerprint.hashCode()), fingerprint, now);
    }

    private static IdempotencyClaim claim(IdempotencyHold hold, String fingerprint, Instant now) {
        return new IdempotencyClaim(hold, fingerprint, now, DAY, LEASE, Optional.of(new MerchantTradeNo("order-1")));
    }

    /** The hold of the claim made by {@link #claim(String, String, Instant)} with the same arguments. */
    private static IdempotencyHold held(String key, String fingerprint, Instant now) {
        return hold(key, "owner-" + now.toEpochMilli() + "-" + fingerprint.hashCode());
    }

    private static IdempotencyHold hold(String key, String owner) {
        return new IdempotencyHold(CLIENT, new IdempotencyKey(key), owner);
    }

    @Test
    void a_new_key_starts_and_is_then_in_flight() {
        assertThat(store.begin(claim("k-1", "fp-a", T0))).isInstanceOf(IdempotencyBegin.Started.class);
        assertThat(store.begin(claim("k-1", "fp-a", T0.plusSeconds(1)))).isInstanceOf(IdempotencyBegin.InFlight.class);
    }

    @Test
    void the_same_request_after_completion_replays_the_stored_response() {
        store.begin(claim("k-2", "fp-a", T0));
        store.complete(held("k-2", "fp-a", T0), CREATED);
        IdempotencyBegin again = store.begin(claim("k-2", "fp-a", T0.plusSeconds(60)));
        assertThat(again).isEqualTo(new IdempotencyBegin.Replay(CREATED));
    }

    @Test
    void the_same_key_for_another_request_is_a_conflict_in_flight_or_completed() {
        store.begin(claim("k-3", "fp-a", T0));
        assertThat(store.begin(claim("k-3", "fp-b", T0))).isInstanceOf(IdempotencyBegin.FingerprintMismatch.class);
        store.complete(held("k-3", "fp-a", T0), CREATED);
        assertThat(store.begin(claim("k-3", "fp-b", T0))).isInstanceOf(IdempotencyBegin.FingerprintMismatch.class);
    }

    @Test
    void a_released_key_can_be_claimed_again() {
        store.begin(claim("k-4", "fp-a", T0));
        store.release(held("k-4", "fp-a", T0));
        assertThat(store.begin(claim("k-4", "fp-b", T0.plusSeconds(1)))).isInstanceOf(IdempotencyBegin.Started.class);
    }

    @Test
    void an_expired_record_is_reclaimed_and_forgotten() {
        store.begin(claim("k-5", "fp-a", T0));
        store.complete(held("k-5", "fp-a", T0), CREATED);
        assertThat(store.begin(claim("k-5", "fp-b", T0.plus(DAY).minusSeconds(1))))
                .isInstanceOf(IdempotencyBegin.FingerprintMismatch.class);
        assertThat(store.begin(claim("k-5", "fp-b", T0.plus(DAY)))).isInstanceOf(IdempotencyBegin.Started.class);
        assertThat(store.begin(claim("k-5", "fp-b", T0.plus(DAY)))).isInstanceOf(IdempotencyBegin.InFlight.class);
    }

    @Test
    void completing_a_key_nobody_claimed_is_refused() {
        assertThat(store.complete(hold("k-none", "nobody"), CREATED)).isFalse();
    }

    @Test
    void of_concurrent_take_overs_of_a_dead_call_exactly_one_wins() throws Exception {
        String key = "race-takeover";
        store.begin(claim(hold(key, "dead"), "fp-a", T0));
        Instant later = T0.plus(LEASE).plusSeconds(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<IdempotencyBegin>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String owner = "retry-" + i;
            results.add(pool.submit(() -> {
                start.await();
                return store.begin(claim(hold(key, owner), "fp-a", later));
            }));
        }
        start.countDown();
        int takenOver = 0;
        for (Future<IdempotencyBegin> result : results) {
            IdempotencyBegin begin = result.get(60, TimeUnit.SECONDS);
            if (begin instanceof IdempotencyBegin.TakenOver taken) {
                takenOver++;
                assertThat(taken.order()).contains(new MerchantTradeNo("order-1"));
            } else {
                assertThat(begin).isInstanceOf(IdempotencyBegin.InFlight.class);
            }
        }
        pool.shutdown();
        assertThat(takenOver).isEqualTo(1);
        assertThat(store.complete(hold(key, "dead"), CREATED)).as("the dead call's late answer").isFalse();
    }

    @Test
    void a_record_written_before_keys_had_clients_is_still_replayed() {
        try (Connection c = database.connection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO idempotency_records (idempotency_key, fingerprint, state, response_status,"
                        + " response_content_type, response_body, created_at, expires_at, completed_at)"
                        + " VALUES ('k-legacy', 'fp-a', 'COMPLETED', 201, 'application/json', '{}', ?, ?, ?)")) {
            insert.setObject(1, java.time.OffsetDateTime.ofInstant(T0, java.time.ZoneOffset.UTC));
            insert.setObject(2, java.time.OffsetDateTime.ofInstant(T0.plus(DAY), java.time.ZoneOffset.UTC));
            insert.setObject(3, java.time.OffsetDateTime.ofInstant(T0, java.time.ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }

        assertThat(store.begin(claim("k-legacy", "fp-a", T0.plusSeconds(5))))
                .isEqualTo(new IdempotencyBegin.Replay(new StoredResponse(201, "application/json", "{}")));
        assertThat(store.begin(claim("k-legacy", "fp-a", T0.plus(DAY))))
                .as("once expired, the key is the client's").isInstanceOf(IdempotencyBegin.Started.class);
    }

    @Test
    void a_key_of_255_characters_is_kept() {
        String key = "k".repeat(IdempotencyKey.MAX_LENGTH);
        assertThat(store.begin(claim(key, "f".repeat(255), T0))).isInstanceOf(IdempotencyBegin.Started.class);
        store.complete(held(key, "f".repeat(255), T0), CREATED);
        assertThat(store.begin(claim(key, "f".repeat(255), T0))).isEqualTo(new IdempotencyBegin.Replay(CREATED));
    }

    @Test
    void of_concurrent_claims_of_one_key_exactly_one_starts() throws Exception {
        for (String key : List.of("race-new", "race-expired")) {
            if (key.equals("race-expired")) {
                store.begin(claim(key, "fp-old", T0.minus(DAY).minusSeconds(1)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<IdempotencyBegin>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return store.begin(claim(key, "fp-a", T0));
                }));
            }
            start.countDown();
            int started = 0;
            for (Future<IdempotencyBegin> result : results) {
                IdempotencyBegin begin = result.get(60, TimeUnit.SECONDS);
                if (begin instanceof IdempotencyBegin.Started) {
                    started++;
                } else {
                    assertThat(begin).isInstanceOf(IdempotencyBegin.InFlight.class);
                }
            }
            pool.shutdown();
            assertThat(started).as(key).isEqualTo(1);
        }
    }
}
