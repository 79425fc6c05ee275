package com.cpay.platform.domain.notification;

import static com.cpay.platform.domain.fake.Examples.TRADE_NO;
import static com.cpay.platform.domain.fake.Examples.deposit;
import static com.cpay.platform.domain.fake.Examples.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.fake.Examples;
import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.notification.HandleCpayNotificationUseCase.Result.Disposition;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.OutcomeKind;
import com.cpay.platform.domain.shared.ConflictException;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

/** An operator replays a stored notification: verified ones that were never applied, once. */
class ReplayNotificationServiceTest {

    private final FakePlatform platform = new FakePlatform();
    private final ReplayNotificationService replay = new ReplayNotificationService(platform.webhooks,
            platform.inbox, platform.orders, platform.orders, platform.catalog, platform.transactions,
            platform.clock);

    @Test
    void a_notification_that_came_before_its_order_is_applied_once_and_the_entry_resolved() {
        CpayOrderId id = platform.cpay.peekNextId();
        platform.handleNotification().handle(platform.webhooks.signed("early", webhook(TRADE_NO, id.value(), "14")));
        String key = platform.webhooks.key("early");
        assertThat(platform.inbox.state(key)).contains(InboxEntry.State.UNMATCHED);
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);

        HandleCpayNotificationUseCase.Result result = replay.replay(new ReplayNotificationUseCase.Command(key));

        assertThat(result.disposition()).isEqualTo(Disposition.APPLIED_TO_ORDER);
        assertThat(result.merchantTradeNo()).contains(TRADE_NO);
        assertThat(platform.orders.get(TRADE_NO).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(platform.inbox.find(key).orElseThrow().state()).isEqualTo(InboxEntry.State.RESOLVED);
        assertThat(platform.inbox.find(key).orElseThrow().resolution())
                .hasValueSatisfying(r -> assertThat(r).contains("replayed by an operator").contains(TRADE_NO.value()));

        assertThatThrownBy(() -> replay.replay(new ReplayNotificationUseCase.Command(key)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already applied");
        assertThat(platform.orders.get(TRADE_NO).history()).filteredOn(c -> c.source() == EventSource.WEBHOOK)
                .as("applied once").singleElement().satisfies(c -> assertThat(c.outcome()).isEqualTo(OutcomeKind.APPLIED));
        assertThat(platform.cpay.findOrder.calls()).as("nothing asked of C-Pay").isZero();
    }

    @Test
    void one_that_still_matches_nothing_stays_unmatched() {
        platform.handleNotification().handle(platform.webhooks.signed("lost", webhook(TRADE_NO, "cpay-9", "14")));
        String key = platform.webhooks.key("lost");

        HandleCpayNotificationUseCase.Result result = replay.replay(new ReplayNotificationUseCase.Command(key));

        assertThat(result.disposition()).isEqualTo(Disposition.UNMATCHED);
        assertThat(platform.inbox.state(key)).contains(InboxEntry.State.UNMATCHED);
        assertThat(platform.orders.size()).isZero();
    }

    @Test
    void refused_applied_and_unknown_entries_are_never_replayed() {
        platform.handleNotification().handle(platform.webhooks.refused("forged", "forged body naming "
                + TRADE_NO.value(), "signature does not match"));
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        CpayOrderId id = platform.orders.get(TRADE_NO).cpayOrderId().orElseThrow();
        platform.handleNotification().handle(platform.webhooks.signed("ok", webhook(TRADE_NO, id.value(), "11")));

        assertThatThrownBy(() -> replay.replay(new ReplayNotificationUseCase.Command(
                platform.webhooks.refusedKey("forged")))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("refused");
        assertThatThrownBy(() -> replay.replay(new ReplayNotificationUseCase.Command(platform.webhooks.key("ok"))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already applied (PROCESSED)");
        assertThatThrownBy(() -> replay.replay(new ReplayNotificationUseCase.Command("sha256:none")))
                .isInstanceOf(NotFoundException.class);
        assertThat(platform.orders.get(TRADE_NO).status()).isEqualTo(OrderStatus.PROCESSING);
    }

    @Test
    void an_entry_whose_processing_failed_is_applied_on_replay_and_marked_processed() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        CpayOrderId id = platform.orders.get(TRADE_NO).cpayOrderId().orElseThrow();
        String key = failedEntry("crashed", webhook(TRADE_NO, id.value(), "14"));

        HandleCpayNotificationUseCase.Result result = replay.replay(new ReplayNotificationUseCase.Command(key));

        assertThat(result.disposition()).isEqualTo(Disposition.APPLIED_TO_ORDER);
        assertThat(platform.orders.get(TRADE_NO).status()).isEqualTo(OrderStatus.COMPLETED);
        StoredNotification entry = platform.inbox.find(key).orElseThrow();
        assertThat(entry.state()).as("a failure retried is processed, not an operator's resolution")
                .isEqualTo(InboxEntry.State.PROCESSED);
        assertThat(entry.resolution()).isEmpty();
        assertThat(entry.keys().merchantTradeNo()).contains(TRADE_NO);
    }

    @Test
    void an_entry_whose_processing_failed_and_that_matches_no_order_is_kept_unmatched_with_its_keys() {
        String key = failedEntry("crashed", webhook(TRADE_NO, "cpay-9", "14"));

        HandleCpayNotificationUseCase.Result result = replay.replay(new ReplayNotificationUseCase.Command(key));

        assertThat(result.disposition()).isEqualTo(Disposition.UNMATCHED);
        StoredNotification entry = platform.inbox.find(key).orElseThrow();
        assertThat(entry.state()).isEqualTo(InboxEntry.State.UNMATCHED);
        assertThat(entry.keys().orderId()).contains(new CpayOrderId("cpay-9"));
        assertThat(platform.orders.size()).isZero();
    }

    @Test
    void a_stored_body_that_no_longer_verifies_is_refused_with_the_reason_and_left_as_it_was() {
        String body = "{\"merchantTradeNo\":\"" + TRADE_NO.value() + "\",\"sign\":\"masked since\"}";
        String key = InboundNotification.keyOf(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        platform.inbox.record(InboundNotification.verified(key, body, platform.clock.instant()));
        platform.inbox.markUnmatched(key, NotificationKeys.none(), "no order", platform.clock.instant());

        assertThatThrownBy(() -> replay.replay(new ReplayNotificationUseCase.Command(key)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("no longer verifies")
                .hasMessageContaining("signature-mismatch");
        assertThat(platform.inbox.state(key)).contains(InboxEntry.State.UNMATCHED);
    }

    /** A verified notification stored, whose processing then failed (the app died or the database refused). */
    private String failedEntry(String label, java.util.Map<String, String> fields) {
        byte[] body = platform.webhooks.signed(label, fields).body();
        String key = platform.webhooks.key(label);
        platform.inbox.record(InboundNotification.verified(key, new String(body,
                java.nio.charset.StandardCharsets.UTF_8), platform.clock.instant()));
        platform.inbox.markFailed(key, "processing failed: IllegalStateException", platform.clock.instant());
        assertThat(platform.inbox.state(key)).contains(InboxEntry.State.FAILED);
        return key;
    }

    @Test
    void processed_notifications_keep_the_keys_of_their_order_and_are_found_with_the_refused_ones_naming_it() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        CpayOrderId id = platform.orders.get(TRADE_NO).cpayOrderId().orElseThrow();
        platform.handleNotification().handle(platform.webhooks.signed("ok", webhook(TRADE_NO, id.value(), "11")));
        platform.handleNotification().handle(platform.webhooks.refused("forged", "forged body naming "
                + TRADE_NO.value(), "signature does not match"));
        platform.handleNotification().handle(platform.webhooks.refused("other", "forged body naming nobody",
                "signature does not match"));

        assertThat(platform.inbox.aboutOrder(new NotificationKeys(java.util.Optional.of(TRADE_NO),
                java.util.Optional.of(id), java.util.Optional.empty()), 10))
                .extracting(StoredNotification::state)
                .containsExactlyInAnyOrder(InboxEntry.State.PROCESSED, InboxEntry.State.REJECTED);
    }
}
