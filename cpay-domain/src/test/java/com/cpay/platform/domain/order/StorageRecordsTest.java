package com.cpay.platform.domain.order;

import com.cpay.platform.domain.notification.InboundNotification;
import com.cpay.platform.domain.notification.InboxEntry;
import com.cpay.platform.domain.notification.RefusedBody;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StorageRecordsTest {

    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");

    @Test
    void an_inbound_notification_has_a_rejection_reason_exactly_when_not_verified() {
        InboundNotification verified = InboundNotification.verified("k", "{}", NOW);
        InboundNotification rejected = InboundNotification.rejected("k", RefusedBody.of("{}"), "unsigned", NOW);

        assertThat(verified.rejectionReason()).isEmpty();
        assertThat(verified.verified()).isTrue();
        assertThat(rejected.rejectionReason()).contains("unsigned");
        assertThat(rejected.verified()).isFalse();
        assertRefused(() -> new InboundNotification("k", Optional.of("{}"), Optional.empty(), Optional.of("why"), NOW),
                "rejectionReason", "rejection-reason");
        assertRefused(() -> new InboundNotification("k", Optional.empty(), Optional.of(RefusedBody.of("{}")),
                Optional.of(" "), NOW), "rejectionReason", "rejection-reason");
        assertRefused(() -> new InboundNotification("k".repeat(256), Optional.of("{}"), null, null, NOW), "dedupeKey",
                "max-length");
    }

    @Test
    void a_refused_notification_keeps_no_body_and_a_verified_one_no_refused_body() {
        assertRefused(() -> new InboundNotification("k", Optional.of("{\"pan\":\"4111111111111111\"}"),
                Optional.of(RefusedBody.of("{}")), Optional.of("unsigned"), NOW), "payload", "refused-body");
        assertRefused(() -> new InboundNotification("k", Optional.empty(), Optional.empty(), Optional.empty(), NOW),
                "payload", "refused-body");
    }

    @Test
    void a_refusal_reason_is_kept_with_card_data_masked() {
        InboundNotification rejected = InboundNotification.rejected("k", RefusedBody.of("{}"),
                "duplicate-field: field 4111111111111111 appears more than once", NOW);

        assertThat(rejected.rejectionReason()).contains("duplicate-field: field ************1111 appears more than once");
        assertThat(InboundNotification.rejected("k", RefusedBody.of("{}"), "field \u0000\n repeated", NOW)
                .rejectionReason()).contains("field    repeated");
    }

    @Test
    void a_refused_body_is_kept_as_digest_length_and_a_redacted_excerpt() {
        String body = "{\"cardNumber\":\"4111 1111 1111 1111\",\"cvv\":\"737\",\"note\":\"" + "x".repeat(400) + "\"}";

        RefusedBody kept = RefusedBody.of(body);

        assertThat(RefusedBody.of("abc").sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(RefusedBody.of("abc").length()).isEqualTo(3);
        assertThat(RefusedBody.of("\u00e9").length()).isEqualTo(2);
        assertThat(kept.sha256()).hasSize(64).isNotEqualTo(RefusedBody.of(body + " ").sha256());
        assertThat(kept.length()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
        assertThat(kept.excerpt()).hasSize(RefusedBody.MAX_EXCERPT)
                .startsWith("{\"cardNumber\":\"**** **** **** 1111\",\"cvv\":\"***\",\"note\":\"xxx")
                .doesNotContain("737");
        assertThat(kept.toString()).doesNotContain("1111");
    }

    @Test
    void a_refused_body_excerpt_has_no_control_characters_and_no_half_surrogate() {
        RefusedBody kept = RefusedBody.of("a\u0000b\nc" + "y".repeat(252) + "\uD83D\uDE00");

        assertThat(kept.excerpt()).isEqualTo("a b c" + "y".repeat(251));
        assertThat(RefusedBody.of("x".repeat(255) + "\uD83D\uDE00").excerpt()).isEqualTo("x".repeat(255));
        assertThat(RefusedBody.of(new byte[] {(byte) 0xff, '1'}).excerpt()).isEqualTo("\uFFFD1");
    }

    @Test
    void a_refused_body_refuses_an_unredacted_or_long_excerpt_and_a_malformed_digest() {
        String digest = "0".repeat(64);
        assertThatThrownBy(() -> new RefusedBody(digest, 19, "4111111111111111")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefusedBody(digest, 19, "x".repeat(257))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefusedBody(digest, 1, "a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefusedBody("0".repeat(63), 1, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefusedBody("A".repeat(64), 1, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefusedBody(digest, -1, "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RefusedBody(digest, 0, "************1111").excerpt()).isEqualTo("************1111");
    }

    @Test
    void an_inbox_entry_needs_processing_until_processed_or_rejected() {
        assertThat(entry(InboxEntry.State.RECEIVED).needsProcessing()).isTrue();
        assertThat(entry(InboxEntry.State.FAILED).needsProcessing()).isTrue();
        assertThat(entry(InboxEntry.State.PROCESSED).needsProcessing()).isFalse();
        assertThat(entry(InboxEntry.State.REJECTED).needsProcessing()).isFalse();
    }

    @Test
    void a_concurrent_update_names_the_order_and_the_stale_version() {
        ConcurrentUpdateException e = new ConcurrentUpdateException(new MerchantTradeNo("m-1"), 3);

        assertThat(e.merchantTradeNo()).isEqualTo(new MerchantTradeNo("m-1"));
        assertThat(e.expectedVersion()).isEqualTo(3);
        assertThat(e.getMessage()).contains("m-1").contains("3");
    }

    private static InboxEntry entry(InboxEntry.State state) {
        return new InboxEntry("k", InboxEntry.Outcome.DUPLICATE, state);
    }
}
