package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.fake.Examples;
import static com.cpay.platform.domain.fake.Examples.HASH;
import static com.cpay.platform.domain.fake.Examples.TRADE_NO;
import static com.cpay.platform.domain.fake.Examples.USER;
import static com.cpay.platform.domain.fake.Examples.deposit;
import static com.cpay.platform.domain.fake.Examples.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.order.AmountKind;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.notification.HandleCpayNotificationUseCase.Result.Disposition;
import com.cpay.platform.domain.notification.ResolveStoredNotificationsUseCase.Result.Finding;
import com.cpay.platform.domain.notification.InboxEntry.State;
import com.cpay.platform.domain.reconciliation.LookupFinding;
import com.cpay.platform.domain.reconciliation.OrderLookup;
import com.cpay.platform.domain.reconciliation.OrderReport;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Notifications held in the inbox (unmatched, unreadable) settled through C-Pay's getOrderDetail: an order of ours
 * is reconciled, anything else is recorded for the reviewer and never booked.
 */
class ResolveStoredNotificationsServiceTest {

    private static final ResolveStoredNotificationsUseCase.Command BATCH = new ResolveStoredNotificationsUseCase.Command(10);

    private final FakePlatform platform = new FakePlatform();
    private final ResolveStoredNotificationsService service = platform.resolveStoredNotifications();

    @Test
    void an_unreadable_webhook_for_an_order_of_ours_settles_the_order_from_cpay_s_report() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        Map<String, String> unreadable = new HashMap<>(webhook(TRADE_NO, "cpay-1", "14"));
        unreadable.put("createTime", "yesterday");
        assertThat(deliver("d-1", unreadable)).isEqualTo(Disposition.NEEDS_LOOKUP);
        assertThat(platform.orders.get(TRADE_NO).status()).isEqualTo(OrderStatus.PENDING);
        platform.cpay.findOrder.answers(Optional.of(OrderReport.of(new CpayOrderId("cpay-1"), StatusCode.of("14"))
                .withAmount(AmountKind.ACTUAL_AMOUNT, new BigDecimal("10"))));

        ResolveStoredNotificationsUseCase.Result result = service.resolve(BATCH);

        assertThat(result.entries()).singleElement().satisfies(e -> {
            assertThat(e.finding()).isEqualTo(Finding.RESOLVED);
            assertThat(e.order()).contains(TRADE_NO);
        });
        Order settled = platform.orders.get(TRADE_NO);
        assertThat(settled.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(settled.history()).last().satisfies(c -> assertThat(c.source()).isEqualTo(EventSource.ORDER_QUERY));
        StoredNotification entry = platform.inbox.find(platform.webhooks.key("d-1")).orElseThrow();
        assertThat(entry.state()).isEqualTo(State.RESOLVED);
        assertThat(entry.resolution()).hasValueSatisfying(r -> assertThat(r).contains(TRADE_NO.value())
                .contains("REPORTED").contains("PENDING -> COMPLETED"));
        assertThat(service.resolve(BATCH).entries()).as("done once").isEmpty();
    }

    @Test
    void an_unmatched_webhook_is_looked_up_and_cpay_s_answer_kept_for_review_without_booking_anything() {
        Map<String, String> fields = new HashMap<>(webhook(new MerchantTradeNo("payout-elsewhere-7"), "cpay-77", "14"));
        assertThat(deliver("d-1", fields)).isEqualTo(Disposition.UNMATCHED);
        platform.cpay.findOrder.answers(Optional.of(new OrderReport(Optional.of(new CpayOrderId("cpay-77")),
                StatusCode.of("14"), Optional.of(new MerchantTradeNo("payout-elsewhere-7")), Optional.of(USER),
                Optional.empty(), Optional.of("USDT"), Optional.empty(),
                Map.of(AmountKind.ORDER_AMOUNT, new BigDecimal("10.5"), AmountKind.FEE, new BigDecimal("0.5")),
                Optional.empty(), Optional.empty(), Optional.empty())));

        ResolveStoredNotificationsUseCase.Result result = service.resolve(BATCH);

        assertThat(result.count(Finding.REPORTED_BY_CPAY)).isEqualTo(1);
        assertThat(platform.cpay.findOrder.lastRequest()).as("asked by C-Pay's order id first")
                .isEqualTo(OrderLookup.of(new CpayOrderId("cpay-77")));
        assertThat(platform.orders.size()).isZero();
        StoredNotification entry = platform.inbox.find(platform.webhooks.key("d-1")).orElseThrow();
        assertThat(entry.state()).isEqualTo(State.UNMATCHED);
        assertThat(entry.lookedUpAt()).contains(platform.clock.instant());
        assertThat(entry.finding()).contains(new LookupFinding(LookupFinding.Answer.FOUND, Optional.of("14"),
                Optional.of(new MerchantTradeNo("payout-elsewhere-7")), Optional.of("orderAmount=10.5 fee=0.5 currency=USDT")));
        assertThat(service.resolve(BATCH).entries()).as("asked once only").isEmpty();
        assertThat(platform.cpay.findOrder.requests()).hasSize(1);
    }

    @Test
    void an_unmatched_webhook_cpay_does_not_know_is_kept_for_review() {
        deliver("d-1", webhook(new MerchantTradeNo("never-issued"), "cpay-404", "14"));

        ResolveStoredNotificationsUseCase.Result result = service.resolve(BATCH);

        assertThat(result.count(Finding.NOT_AT_CPAY)).isEqualTo(1);
        assertThat(platform.inbox.find(platform.webhooks.key("d-1")).orElseThrow().finding()).contains(LookupFinding.notFound());
        assertThat(platform.inbox.state(platform.webhooks.key("d-1"))).contains(State.UNMATCHED);
    }

    @Test
    void an_entry_without_any_key_is_not_asked_about() {
        Map<String, String> fields = new HashMap<>(webhook(TRADE_NO, "cpay-1", "14"));
        fields.remove("merchantTradeNo");
        fields.remove("orderId");
        deliver("d-1", fields);

        ResolveStoredNotificationsUseCase.Result result = service.resolve(BATCH);

        assertThat(result.count(Finding.NO_KEY)).isEqualTo(1);
        assertThat(platform.cpay.findOrder.requests()).isEmpty();
        assertThat(platform.inbox.find(platform.webhooks.key("d-1")).orElseThrow().finding()).contains(LookupFinding.noKey());
    }

    @Test
    void an_order_of_ours_that_appeared_after_the_webhook_is_reconciled_and_the_entry_resolved() {
        deliver("d-1", webhook(TRADE_NO, "cpay-1", "11"));
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        platform.cpay.findOrder.answers(Optional.of(OrderReport.of(new CpayOrderId("cpay-1"), StatusCode.of("11"))));

        ResolveStoredNotificationsUseCase.Result result = service.resolve(BATCH);

        assertThat(result.count(Finding.RESOLVED)).isEqualTo(1);
        assertThat(platform.orders.get(TRADE_NO).status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(platform.inbox.state(platform.webhooks.key("d-1"))).contains(State.RESOLVED);
    }

    @Test
    void cpay_naming_an_order_of_ours_the_webhook_did_not_reach_resolves_it() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        Map<String, String> fields = new HashMap<>(webhook(TRADE_NO, "cpay-elsewhere", "14"));
        fields.remove("merchantTradeNo");
        fields.put("hash", HASH);
        fields.put("createTime", "not a time");
        deliver("d-1", fields);
        platform.cpay.findOrder.answersWith(lookup -> Optional.of(new OrderReport(
                Optional.of(new CpayOrderId("cpay-1")), StatusCode.of("14"), Optional.of(TRADE_NO), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), Optional.empty(),
                Optional.empty())));

        ResolveStoredNotificationsUseCase.Result result = service.resolve(BATCH);

        assertThat(result.entries()).singleElement().satisfies(e -> assertThat(e.order()).contains(TRADE_NO));
        assertThat(platform.orders.get(TRADE_NO).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(platform.orders.size()).isEqualTo(1);
    }

    @Test
    void a_failing_lookup_is_retried_later_with_a_growing_delay_not_hammered() {
        deliver("d-1", webhook(new MerchantTradeNo("never-issued"), "cpay-9", "14"));
        platform.cpay.findOrder.timesOut();

        assertThat(service.resolve(BATCH).count(Finding.FAILED)).isEqualTo(1);
        StoredNotification afterOne = platform.inbox.find(platform.webhooks.key("d-1")).orElseThrow();
        assertThat(afterOne.lookupAttempts()).isEqualTo(1);
        assertThat(afterOne.nextLookupAt()).contains(platform.clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(afterOne.reason()).as("the reason it was held is kept").isPresent();
        assertThat(service.resolve(BATCH).entries()).as("not due yet").isEmpty();

        platform.clock.advance(Duration.ofMinutes(1));
        service.resolve(BATCH);
        assertThat(platform.inbox.find(platform.webhooks.key("d-1")).orElseThrow().nextLookupAt())
                .contains(platform.clock.instant().plus(Duration.ofMinutes(2)));
        assertThat(platform.cpay.findOrder.requests()).hasSize(2);

        platform.clock.advance(Duration.ofMinutes(2));
        platform.cpay.findOrder.reset();
        assertThat(service.resolve(BATCH).count(Finding.NOT_AT_CPAY)).isEqualTo(1);
        assertThat(platform.inbox.find(platform.webhooks.key("d-1")).orElseThrow().lookupAttempts()).isEqualTo(2);
    }

    @Test
    void one_failing_entry_does_not_stop_the_others() {
        deliver("d-1", webhook(new MerchantTradeNo("never-1"), "cpay-bad", "14"));
        deliver("d-2", webhook(new MerchantTradeNo("never-2"), "cpay-good", "14"));
        platform.cpay.findOrder.answersWith(lookup -> {
            if (lookup.equals(OrderLookup.of(new CpayOrderId("cpay-bad")))) {
                throw new com.cpay.platform.domain.shared.GatewayRejectedException(1, "fail", "t-1");
            }
            return Optional.empty();
        });

        ResolveStoredNotificationsUseCase.Result result = service.resolve(BATCH);

        assertThat(result.count(Finding.FAILED)).isEqualTo(1);
        assertThat(result.count(Finding.NOT_AT_CPAY)).isEqualTo(1);
    }

    @Test
    void the_batch_limit_is_kept_and_the_longest_waiting_go_first() {
        for (int i = 1; i <= 3; i++) {
            deliver("d-" + i, webhook(new MerchantTradeNo("never-" + i), "cpay-x" + i, "14"));
            platform.clock.advance(Duration.ofSeconds(1));
        }

        ResolveStoredNotificationsUseCase.Result result = service.resolve(new ResolveStoredNotificationsUseCase.Command(2));

        assertThat(result.entries()).extracting(ResolveStoredNotificationsUseCase.Result.Entry::dedupeKey)
                .containsExactly(platform.webhooks.key("d-1"), platform.webhooks.key("d-2"));
    }

    @Test
    void the_delay_doubles_from_one_minute_up_to_an_hour() {
        assertThat(ResolveStoredNotificationsService.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(ResolveStoredNotificationsService.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(ResolveStoredNotificationsService.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(ResolveStoredNotificationsService.delayAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(ResolveStoredNotificationsService.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_batch_is_between_one_and_a_thousand() {
        assertThatThrownBy(() -> new ResolveStoredNotificationsUseCase.Command(0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ResolveStoredNotificationsUseCase.Command(1001)).isInstanceOf(ValidationException.class);
    }

    private Disposition deliver(String key, Map<String, String> fields) {
        return platform.handleNotification().handle(platform.webhooks.signed(key, fields))
                .disposition();
    }
}
