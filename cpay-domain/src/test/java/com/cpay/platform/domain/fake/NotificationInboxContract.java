package com.cpay.platform.domain.fake;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.order.AmountKind;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.notification.InboundNotification;
import com.cpay.platform.domain.notification.InboxEntry;
import com.cpay.platform.domain.notification.InboxEntry.State;
import com.cpay.platform.domain.reconciliation.LookupFinding;
import com.cpay.platform.domain.notification.NotificationInbox;
import com.cpay.platform.domain.notification.NotificationKeys;
import com.cpay.platform.domain.reconciliation.OrderReport;
import com.cpay.platform.domain.notification.RefusedBody;
import com.cpay.platform.domain.notification.StoredNotification;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link NotificationInbox} must do; the persistence adapter extends it with its database. */
public abstract class NotificationInboxContract {

    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");

    protected NotificationInbox inbox;

    protected abstract NotificationInbox newInbox();

    @BeforeEach
    void emptyInbox() {
        inbox = newInbox();
    }

    @Test
    void a_first_delivery_is_recorded_and_a_redelivery_is_a_duplicate_with_the_first_ones_state() {
        InboxEntry first = inbox.record(InboundNotification.verified("k", "{}", NOW));
        inbox.markProcessed("k", NOW);
        InboxEntry again = inbox.record(InboundNotification.verified("k", "{}", NOW));

        assertThat(first).isEqualTo(new InboxEntry("k", InboxEntry.Outcome.RECORDED, InboxEntry.State.RECEIVED));
        assertThat(again).isEqualTo(new InboxEntry("k", InboxEntry.Outcome.DUPLICATE, InboxEntry.State.PROCESSED));
    }

    @Test
    void a_rejected_delivery_is_recorded_as_rejected() {
        assertThat(inbox.record(InboundNotification.rejected("k", RefusedBody.of("{}"), "unsigned", NOW)).state())
                .isEqualTo(InboxEntry.State.REJECTED);
    }

    @Test
    void a_failed_entry_is_offered_for_processing_again() {
        inbox.record(InboundNotification.verified("k", "{}", NOW));
        inbox.markFailed("k", "orderStatus [required]", NOW);

        assertThat(inbox.record(InboundNotification.verified("k", "{}", NOW)).needsProcessing()).isTrue();
    }

    @Test
    void an_unmatched_notification_is_held_with_its_keys_and_due_for_a_lookup_at_once() {
        NotificationKeys keys = new NotificationKeys(Optional.of(new MerchantTradeNo("never-issued-1")),
                Optional.of(new CpayOrderId("cp-77")), Optional.empty());
        inbox.record(InboundNotification.verified("u", "{\"merchantTradeNo\":\"never-issued-1\"}", NOW));
        inbox.markUnmatched("u", keys, "no order matches it", NOW);

        StoredNotification stored = inbox.find("u").orElseThrow();
        assertThat(stored.state()).isEqualTo(State.UNMATCHED);
        assertThat(stored.keys()).isEqualTo(keys);
        assertThat(stored.reason()).contains("no order matches it");
        assertThat(stored.payload()).contains("never-issued-1");
        assertThat(stored.lookupAttempts()).isZero();
        assertThat(stored.finding()).isEmpty();
        assertThat(inbox.record(InboundNotification.verified("u", "{}", NOW)).needsProcessing()).isFalse();
        assertThat(inbox.dueForLookup(NOW, 10)).extracting(StoredNotification::dedupeKey).containsExactly("u");
        assertThat(inbox.listByState(State.UNMATCHED, 10)).extracting(StoredNotification::dedupeKey)
                .containsExactly("u");
    }

    @Test
    void an_unreadable_notification_needs_a_lookup_and_keeps_the_keys_that_could_be_read() {
        NotificationKeys keys = new NotificationKeys(Optional.empty(), Optional.empty(),
                Optional.of(new TransactionHash("ab".repeat(32))));
        inbox.record(InboundNotification.verified("n", "{}", NOW));
        inbox.markNeedsLookup("n", keys, "createTime [pattern]", NOW);

        StoredNotification stored = inbox.find("n").orElseThrow();
        assertThat(stored.state()).isEqualTo(State.NEEDS_LOOKUP);
        assertThat(stored.keys()).isEqualTo(keys);
        assertThat(stored.reason()).contains("createTime [pattern]");
        assertThat(inbox.listByState(State.NEEDS_LOOKUP, 10)).hasSize(1);
        assertThat(inbox.listByState(State.UNMATCHED, 10)).isEmpty();
    }

    @Test
    void a_failed_lookup_is_counted_and_not_due_again_before_its_retry_time() {
        inbox.record(InboundNotification.verified("n", "{}", NOW));
        inbox.markNeedsLookup("n", NotificationKeys.none(), "unreadable", NOW);

        inbox.lookupFailed("n", "lookup failed: GatewayUnavailableException", NOW.plus(Duration.ofMinutes(1)));

        assertThat(inbox.dueForLookup(NOW.plusSeconds(59), 10)).isEmpty();
        StoredNotification due = inbox.dueForLookup(NOW.plusSeconds(60), 10).get(0);
        assertThat(due.lookupAttempts()).isEqualTo(1);
        assertThat(due.state()).isEqualTo(State.NEEDS_LOOKUP);
        assertThat(due.nextLookupAt()).contains(NOW.plus(Duration.ofMinutes(1)));
    }

    @Test
    void cpay_s_answer_is_kept_on_the_entry_which_stays_unmatched_and_is_not_due_again() {
        inbox.record(InboundNotification.verified("n", "{}", NOW));
        inbox.markNeedsLookup("n", new NotificationKeys(Optional.empty(), Optional.of(new CpayOrderId("cp-9")),
                Optional.empty()), "unreadable", NOW);
        OrderReport report = new OrderReport(Optional.of(new CpayOrderId("cp-9")), StatusCode.of("14"),
                Optional.of(new MerchantTradeNo("payout-elsewhere-1")), Optional.empty(), Optional.empty(),
                Optional.of("USDT"), Optional.empty(), java.util.Map.of(AmountKind.ACTUAL_AMOUNT, new BigDecimal("10.50")),
                Optional.empty(), Optional.empty(), Optional.empty());

        inbox.recordLookup("n", LookupFinding.found(report), NOW.plusSeconds(5));

        StoredNotification stored = inbox.find("n").orElseThrow();
        assertThat(stored.state()).isEqualTo(State.UNMATCHED);
        assertThat(stored.lookedUpAt()).contains(NOW.plusSeconds(5));
        assertThat(stored.finding()).contains(new LookupFinding(LookupFinding.Answer.FOUND, Optional.of("14"),
                Optional.of(new MerchantTradeNo("payout-elsewhere-1")), Optional.of("actualAmount=10.50 currency=USDT")));
        assertThat(inbox.dueForLookup(NOW.plus(Duration.ofDays(1)), 10)).isEmpty();
    }

    @Test
    void a_resolved_entry_says_what_was_done_and_is_not_due_again() {
        inbox.record(InboundNotification.verified("n", "{}", NOW));
        inbox.markUnmatched("n", NotificationKeys.none(), "no order", NOW);

        inbox.markResolved("n", "order shop-1 reconciled: REPORTED", NOW.plusSeconds(1));

        StoredNotification stored = inbox.find("n").orElseThrow();
        assertThat(stored.state()).isEqualTo(State.RESOLVED);
        assertThat(stored.resolution()).contains("order shop-1 reconciled: REPORTED");
        assertThat(inbox.dueForLookup(NOW.plus(Duration.ofDays(1)), 10)).isEmpty();
        assertThat(inbox.listByState(State.RESOLVED, 10)).hasSize(1);
    }

    @Test
    void the_lookup_takes_the_longest_waiting_entries_first_up_to_its_limit() {
        for (int i = 1; i <= 3; i++) {
            inbox.record(InboundNotification.verified("n-" + i, "{}", NOW.plusSeconds(i)));
            inbox.markUnmatched("n-" + i, NotificationKeys.none(), "no order", NOW.plusSeconds(i));
        }
        inbox.record(InboundNotification.verified("done", "{}", NOW));
        inbox.markProcessed("done", NOW);

        assertThat(inbox.dueForLookup(NOW.plusSeconds(10), 2)).extracting(StoredNotification::dedupeKey)
                .containsExactly("n-1", "n-2");
        assertThat(inbox.listByState(State.PROCESSED, 10)).extracting(StoredNotification::dedupeKey)
                .containsExactly("done");
    }

    @Test
    void only_a_received_or_failed_entry_can_be_held_and_only_a_held_one_resolved() {
        inbox.record(InboundNotification.rejected("r", RefusedBody.of("{}"), "unsigned", NOW));
        assertThatThrownBy(() -> inbox.markUnmatched("r", NotificationKeys.none(), "x", NOW))
                .isInstanceOf(IllegalStateException.class);
        inbox.record(InboundNotification.verified("p", "{}", NOW));
        inbox.markProcessed("p", NOW);
        assertThatThrownBy(() -> inbox.markResolved("p", "x", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(inbox.find("nobody")).isEmpty();
    }
}
