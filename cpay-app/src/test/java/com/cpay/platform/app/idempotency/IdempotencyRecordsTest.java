package com.cpay.platform.app.idempotency;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The values an idempotency record is made of refuse what the table could not keep or the store not honour. */
class IdempotencyRecordsTest {

    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");

    @Test
    void an_idempotency_key_is_kept_at_least_a_day() {
        IdempotencyHold hold = new IdempotencyHold(new ApiClientId("token-1"), new IdempotencyKey("k-1"), "a/1");
        Duration lease = Duration.ofSeconds(15);

        assertRefused(() -> new IdempotencyClaim(hold, "fp", NOW, Duration.ofHours(24).minusNanos(1), lease,
                Optional.empty()), "keepFor", "min-retention");
        IdempotencyClaim claim = new IdempotencyClaim(hold, "fp", NOW, Duration.ofHours(24), lease, Optional.empty());
        assertThat(claim.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(claim.leaseUntil()).isEqualTo(NOW.plusSeconds(15));
    }

    @Test
    void a_lease_is_positive_and_shorter_than_the_retention() {
        IdempotencyHold hold = new IdempotencyHold(new ApiClientId("token-1"), new IdempotencyKey("k-1"), "a/1");

        assertRefused(() -> new IdempotencyClaim(hold, "fp", NOW, Duration.ofHours(24), Duration.ZERO,
                Optional.empty()), "lease", "range");
        assertRefused(() -> new IdempotencyClaim(hold, "fp", NOW, Duration.ofHours(24), Duration.ofHours(25),
                Optional.empty()), "lease", "range");
    }

    @Test
    void a_hold_names_a_client_a_key_and_an_owner() {
        assertRefused(() -> new ApiClientId("c".repeat(65)), "apiClient", "max-length");
        assertRefused(() -> new ApiClientId("a|b"), "apiClient", "pattern");
        assertRefused(() -> new IdempotencyHold(new ApiClientId("token-1"), new IdempotencyKey("k"), ""), "owner",
                "required");
    }

    @Test
    void an_idempotency_key_is_at_most_255_characters() {
        assertThat(new IdempotencyKey("k".repeat(255)).toString()).hasSize(255);
        assertRefused(() -> new IdempotencyKey("k".repeat(256)), "idempotencyKey", "max-length");
        assertRefused(() -> new IdempotencyKey(""), "idempotencyKey", "required");
    }

    @Test
    void a_stored_response_has_a_status_a_type_and_a_body() {
        assertThat(new StoredResponse(100, "application/json", "{}").status()).isEqualTo(100);
        assertThat(new StoredResponse(599, "application/json", "").status()).isEqualTo(599);
        assertThatThrownBy(() -> new StoredResponse(99, "application/json", "{}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredResponse(600, "application/json", "{}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
