package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.fake.Examples;
import com.cpay.platform.domain.fake.StaleSaves;
import static com.cpay.platform.domain.fake.Examples.HASH;
import static com.cpay.platform.domain.fake.Examples.TRADE_NO;
import static com.cpay.platform.domain.fake.Examples.USER;
import static com.cpay.platform.domain.fake.Examples.deposit;
import static com.cpay.platform.domain.fake.Examples.usdt;
import static com.cpay.platform.domain.fake.Examples.webhook;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.fake.InMemoryOrderRepository;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.OutcomeKind;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.notification.HandleCpayNotificationUseCase.Result.Disposition;
import com.cpay.platform.domain.order.ConcurrentUpdateException;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import com.cpay.platform.domain.fake.FakeNotificationVerifier;
import com.cpay.platform.domain.order.Transactions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HandleCpayNotificationServiceTest {

    private final FakePlatform platform = new FakePlatform();
    private final HandleCpayNotificationService service = platform.handleNotification();

    @Test
    void a_completed_deposit_webhook_completes_the_order_named_by_its_merchant_trade_no() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);

        HandleCpayNotificationUseCase.Result result = deliver("d-1", webhook(TRADE_NO, "cpay-1", "14"));

        assertThat(result.disposition()).isEqualTo(Disposition.APPLIED_TO_ORDER);
        assertThat(result.acknowledge()).isTrue();
        assertThat(result.merchantTradeNo()).contains(TRADE_NO);
        assertThat(result.outcome()).contains(OutcomeKind.APPLIED);
        assertThat(result.status()).contains(OrderStatus.COMPLETED);
        Order stored = platform.orders.get(TRADE_NO);
        assertThat(stored.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(stored.reportedAmounts().receivedAmount()).contains(usdt("10"));
        assertThat(stored.history()).last().satisfies(c -> assertThat(c.source()).isEqualTo(EventSource.WEBHOOK));
        assertThat(platform.inbox.state(key("d-1"))).contains(InboxEntry.State.PROCESSED);
    }

    @Test
    void webhooks_change_their_order_without_reading_its_whole_history() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        Map<String, String> byId = new HashMap<>(webhook(TRADE_NO, "cpay-1", "11"));
        byId.remove("merchantTradeNo");
        int before = platform.orders.wholeHistoryReads();

        deliver("d-1", webhook(TRADE_NO, "cpay-1", "11"));
        deliver("d-2", byId);
        deliver("d-3", webhook(TRADE_NO, "cpay-1", "14"));

        assertThat(platform.orders.wholeHistoryReads() - before).isZero();
        assertThat(platform.orders.get(TRADE_NO).history()).extracting(c -> c.to()).endsWith(
                OrderStatus.PROCESSING, OrderStatus.PROCESSING, OrderStatus.COMPLETED);
    }

    @Test
    void a_webhook_finds_its_order_by_merchant_trade_no_before_the_order_has_cpay_s_id() {
        platform.cpay.createDeposit.timesOut();
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);

        HandleCpayNotificationUseCase.Result result = deliver("d-1", webhook(TRADE_NO, "cpay-9", "11"));

        assertThat(result.disposition()).isEqualTo(Disposition.APPLIED_TO_ORDER);
        assertThat(platform.orders.get(TRADE_NO).cpayOrderId()).contains(new CpayOrderId("cpay-9"));
    }

    @Test
    void a_webhook_without_merchant_trade_no_finds_its_order_by_cpay_order_id() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        Map<String, String> fields = new HashMap<>(webhook(TRADE_NO, "cpay-1", "11"));
        fields.remove("merchantTradeNo");

        HandleCpayNotificationUseCase.Result result = deliver("d-1", fields);

        assertThat(result.disposition()).isEqualTo(Disposition.APPLIED_TO_ORDER);
        assertThat(platform.orders.get(TRADE_NO).status()).isEqualTo(OrderStatus.PROCESSING);
    }

    @Test
    void a_webhook_naming_an_unknown_merchant_trade_no_still_finds_the_order_by_cpay_order_id() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);

        HandleCpayNotificationUseCase.Result result = deliver("d-1",
                webhook(new MerchantTradeNo("someone-else"), "cpay-1", "11"));

        assertThat(result.merchantTradeNo()).contains(TRADE_NO);
        assertThat(platform.orders.size()).isEqualTo(1);
    }

    @Test
    void a_deposit_nobody_ordered_is_created_from_its_webhook() {
        HandleCpayNotificationUseCase.Result result = deliver("d-1", noOrderWebhook("14", true));

        assertThat(result.disposition()).isEqualTo(Disposition.CREATED_DEPOSIT);
        assertThat(result.outcome()).contains(OutcomeKind.APPLIED);
        assertThat(result.status()).contains(OrderStatus.COMPLETED);
        Order created = platform.orders.get(result.merchantTradeNo().orElseThrow());
        assertThat(created.merchantTradeNo().value()).startsWith("cpay-dep-").hasSize(49);
        assertThat(created.requestedAmount()).isEmpty();
        assertThat(created.userId()).isEqualTo(USER);
        assertThat(created.cpayOrderId()).contains(new CpayOrderId("2209141130105863014"));
        assertThat(platform.inbox.state(key("d-1"))).contains(InboxEntry.State.PROCESSED);
    }

    @Test
    void the_next_webhook_of_a_deposit_nobody_ordered_finds_it_by_hash() {
        deliver("d-1", noOrderWebhook("11", false));

        HandleCpayNotificationUseCase.Result result = deliver("d-2", noOrderWebhook("14", false));

        assertThat(result.disposition()).isEqualTo(Disposition.APPLIED_TO_ORDER);
        assertThat(platform.orders.size()).isEqualTo(1);
        assertThat(platform.orders.all().get(0).status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void a_deposit_nobody_ordered_with_an_empty_merchant_trade_no_and_a_hash_is_created_too() {
        Map<String, String> fields = new HashMap<>(noOrderWebhook("14", true));
        fields.put("merchantTradeNo", "");

        HandleCpayNotificationUseCase.Result result = deliver("d-1", fields);

        assertThat(result.disposition()).isEqualTo(Disposition.CREATED_DEPOSIT);
        assertThat(result.merchantTradeNo().orElseThrow().value()).startsWith("cpay-dep-");
        assertThat(platform.orders.size()).isEqualTo(1);
    }

    @Test
    void a_notification_with_neither_merchant_trade_no_nor_hash_matching_no_order_is_kept_unmatched_never_booked() {
        Map<String, String> fields = new HashMap<>(noOrderWebhook("14", true));
        fields.remove("hash");

        HandleCpayNotificationUseCase.Result result = deliver("d-1", fields);

        assertThat(result.disposition()).isEqualTo(Disposition.UNMATCHED);
        assertThat(result.acknowledge()).isTrue();
        assertThat(result.merchantTradeNo()).isEmpty();
        assertThat(platform.orders.size()).isZero();
        StoredNotification held = platform.inbox.find(key("d-1")).orElseThrow();
        assertThat(held.state()).isEqualTo(InboxEntry.State.UNMATCHED);
        assertThat(held.keys()).isEqualTo(new NotificationKeys(Optional.empty(),
                Optional.of(new CpayOrderId("2209141130105863014")), Optional.empty()));
        assertThat(held.reason()).hasValueSatisfying(r -> assertThat(r).contains("no hash"));
    }

    @Test
    void a_completed_webhook_naming_a_merchant_trade_no_we_never_issued_is_kept_unmatched_and_never_booked() {
        Map<String, String> fields = new HashMap<>(webhook(TRADE_NO, "cpay-77", "14"));
        fields.put("hash", HASH);

        HandleCpayNotificationUseCase.Result result = deliver("d-1", fields);

        assertThat(result.disposition()).as("a payout placed elsewhere must not be booked as money in")
                .isEqualTo(Disposition.UNMATCHED);
        assertThat(result.acknowledge()).as("durably stored: answered OK").isTrue();
        assertThat(result.status()).isEmpty();
        assertThat(platform.orders.size()).isZero();
        StoredNotification held = platform.inbox.find(key("d-1")).orElseThrow();
        assertThat(held.state()).isEqualTo(InboxEntry.State.UNMATCHED);
        assertThat(held.keys()).isEqualTo(new NotificationKeys(Optional.of(TRADE_NO),
                Optional.of(new CpayOrderId("cpay-77")), Optional.of(new TransactionHash(HASH))));

        HandleCpayNotificationUseCase.Result again = deliver("d-1", fields);
        assertThat(again.disposition()).isEqualTo(Disposition.ALREADY_PROCESSED);
        assertThat(again.acknowledge()).isTrue();
        assertThat(platform.orders.size()).isZero();
    }

    @Test
    void a_deposit_nobody_ordered_that_cannot_be_booked_is_kept_for_a_lookup() {
        Map<String, String> fields = new HashMap<>(noOrderWebhook("14", true));
        fields.remove("merchantUserId");

        HandleCpayNotificationUseCase.Result result = deliver("d-1", fields);

        assertThat(result.disposition()).isEqualTo(Disposition.NEEDS_LOOKUP);
        assertThat(result.acknowledge()).isTrue();
        assertThat(result.detail()).hasValueSatisfying(d -> assertThat(d).contains("merchantUserId"));
        assertThat(platform.inbox.state(key("d-1"))).contains(InboxEntry.State.NEEDS_LOOKUP);
        assertThat(platform.inbox.reason(key("d-1"))).hasValueSatisfying(r -> assertThat(r).contains("merchantUserId"));
        assertThat(platform.inbox.find(key("d-1")).orElseThrow().keys()).isEqualTo(new NotificationKeys(Optional.empty(),
                Optional.of(new CpayOrderId("2209141130105863014")), Optional.of(new TransactionHash(HASH))));
        assertThat(platform.orders.size()).isZero();
    }

    @Test
    void a_notification_for_another_merchant_is_stored_as_rejected_answered_fail_and_never_applied() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        Map<String, String> fields = new HashMap<>(webhook(TRADE_NO, "cpay-1", "14"));
        fields.put("merchantId", "123");

        HandleCpayNotificationUseCase.Result result = deliver("d-1", fields);
        HandleCpayNotificationUseCase.Result again = deliver("d-1", fields);

        assertThat(result.disposition()).isEqualTo(Disposition.WRONG_MERCHANT);
        assertThat(result.acknowledge()).isFalse();
        assertThat(again.acknowledge()).as("a redelivery is refused too").isFalse();
        assertThat(platform.inbox.state(key("d-1"))).contains(InboxEntry.State.REJECTED);
        assertThat(platform.inbox.reason(key("d-1"))).contains("merchantId 123 is not this merchant's");
        assertThat(platform.orders.get(TRADE_NO).status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void a_notification_naming_no_merchant_is_refused() {
        Map<String, String> fields = new HashMap<>(noOrderWebhook("14", true));
        fields.put("merchantId", " ");

        HandleCpayNotificationUseCase.Result result = deliver("d-1", fields);
        fields.remove("merchantId");
        HandleCpayNotificationUseCase.Result absent = deliver("d-2", fields);

        assertThat(result.disposition()).isEqualTo(Disposition.WRONG_MERCHANT);
        assertThat(absent.disposition()).isEqualTo(Disposition.WRONG_MERCHANT);
        assertThat(absent.acknowledge()).isFalse();
        assertThat(platform.inbox.reason(key("d-2"))).contains("the notification names no merchantId");
        assertThat(platform.orders.size()).isZero();
    }

    @Test
    void a_verified_notification_the_adapter_could_not_read_is_kept_for_a_lookup_with_its_readable_keys() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        Map<String, String> fields = new HashMap<>(webhook(TRADE_NO, "cpay-1", "14"));
        fields.put("extInfo", "{\"nested\":true}");
        fields.put("hash", "bad hash\u0001");

        HandleCpayNotificationUseCase.Result result = service.handle(platform.webhooks.unreadable("d-1", fields,
                "malformed-body: field extInfo holds a nested JSON value"));

        assertThat(result.disposition()).isEqualTo(Disposition.NEEDS_LOOKUP);
        assertThat(result.acknowledge()).isTrue();
        assertThat(platform.orders.get(TRADE_NO).status()).as("not applied from its own fields")
                .isEqualTo(OrderStatus.PENDING);
        StoredNotification held = platform.inbox.find(key("d-1")).orElseThrow();
        assertThat(held.state()).isEqualTo(InboxEntry.State.NEEDS_LOOKUP);
        assertThat(held.reason()).hasValueSatisfying(r -> assertThat(r).contains("extInfo holds a nested JSON value"));
        assertThat(held.keys()).as("the invalid hash is left out").isEqualTo(new NotificationKeys(
                Optional.of(TRADE_NO), Optional.of(new CpayOrderId("cpay-1")), Optional.empty()));
    }

    @Test
    void a_foreign_merchant_is_refused_even_when_the_adapter_could_not_read_the_rest() {
        Map<String, String> fields = new HashMap<>(webhook(TRADE_NO, "cpay-1", "14"));
        fields.put("merchantId", "99");

        HandleCpayNotificationUseCase.Result result = service.handle(platform.webhooks.unreadable("d-1", fields,
                "invalid-fields: createTime [pattern]"));

        assertThat(result.disposition()).isEqualTo(Disposition.WRONG_MERCHANT);
        assertThat(platform.inbox.state(key("d-1"))).contains(InboxEntry.State.REJECTED);
    }

    @Test
    void a_webhook_with_a_wrong_signature_is_stored_answered_fail_and_never_applied() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);

        HandleCpayNotificationUseCase.Result result = service.handle(
                platform.webhooks.refused("d-1", "{...}", "signature mismatch"));

        assertThat(result.disposition()).isEqualTo(Disposition.REJECTED);
        assertThat(result.acknowledge()).isFalse();
        assertThat(result.merchantTradeNo()).isEmpty();
        assertThat(platform.inbox.state(refusedKey("d-1"))).contains(InboxEntry.State.REJECTED);
        assertThat(platform.inbox.reason(refusedKey("d-1"))).contains("signature mismatch");
        assertThat(platform.orders.get(TRADE_NO).status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void of_a_refused_webhook_only_digest_length_reason_and_a_redacted_excerpt_are_stored() {
        String forged = "{\"merchantId\":\"20003092\",\"cardNumber\":\"4111 1111 1111 1111\",\"cvv\":\"737\"}";

        service.handle(platform.webhooks.refused("d-1", forged,
                "signature-mismatch: field 5500000000000004 is odd"));

        InboundNotification stored = platform.inbox.notification(refusedKey("d-1")).orElseThrow();
        assertThat(stored.payload()).isEmpty();
        assertThat(stored.refusedBody()).contains(RefusedBody.of(forged));
        assertThat(stored.refusedBody().orElseThrow().excerpt())
                .isEqualTo("{\"merchantId\":\"20003092\",\"cardNumber\":\"**** **** **** 1111\",\"cvv\":\"***\"}");
        assertThat(stored.rejectionReason()).contains("signature-mismatch: field ************0004 is odd");
    }

    @Test
    void of_a_correctly_signed_webhook_for_another_merchant_only_what_a_refused_one_keeps_is_stored() {
        Map<String, String> fields = new HashMap<>(webhook(TRADE_NO, "cpay-1", "14"));
        fields.put("merchantId", "99");
        fields.put("remark", "4111111111111111");

        service.handle(platform.webhooks.signed("d-1", fields));

        InboundNotification stored = platform.inbox.notification(key("d-1")).orElseThrow();
        assertThat(stored.payload()).isEmpty();
        assertThat(stored.refusedBody().orElseThrow().excerpt()).doesNotContain("4111111111111111")
                .contains("************1111");
    }

    @Test
    void a_verified_webhook_is_stored_whole_with_card_data_masked_in_its_free_text_fields_only() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        Map<String, String> fields = new HashMap<>(webhook(TRADE_NO, "2209141130105863014", "14"));
        fields.put("createTime", "1663155010000");
        fields.put("remark", "paid with 4111 1111 1111 1111");
        fields.put("extInfo", "{\"cvv\":\"737\"}");
        fields.put("cardNo", "5500000000000004");
        String body = "{\"merchantId\":\"20003092\",\"merchantTradeNo\":\"" + TRADE_NO.value()
                + "\",\"orderId\":\"2209141130105863014\",\"orderStatus\":\"14\",\"createTime\":1663155010000,"
                + "\"remark\":\"paid with 4111 1111 1111 1111\",\"extInfo\":\"{\\\"cvv\\\":\\\"737\\\"}\","
                + "\"cardNo\":\"5500000000000004\"}";

        assertThat(service.handle(platform.webhooks.signedBody("d-1", body, fields)).acknowledge()).isTrue();

        assertThat(platform.inbox.notification(key("d-1")).orElseThrow().payload()).contains("{\"merchantId\":\"20003092\","
                + "\"merchantTradeNo\":\"" + TRADE_NO.value() + "\",\"orderId\":\"2209141130105863014\","
                + "\"orderStatus\":\"14\",\"createTime\":1663155010000,\"remark\":\"paid with **** **** **** 1111\","
                + "\"extInfo\":\"{\\\"cvv\\\":\\\"***\\\"}\",\"cardNo\":\"************0004\"}");
    }

    @Test
    void a_verified_webhooks_signature_is_stored_as_sent_even_when_it_holds_a_card_like_digit_run() {
        // a hex HMAC may contain a Luhn-valid run of digits; masked, the stored body would no longer verify
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        String sign = "ab4111111111111111" + "c".repeat(46);
        Map<String, String> fields = new HashMap<>(webhook(TRADE_NO, "2209141130105863014", "14"));
        String body = "{\"merchantId\":\"20003092\",\"merchantTradeNo\":\"" + TRADE_NO.value()
                + "\",\"orderId\":\"2209141130105863014\",\"orderStatus\":\"14\",\"sign\":\"" + sign + "\"}";

        assertThat(service.handle(platform.webhooks.signedBody("d-1", body, fields)).acknowledge()).isTrue();

        assertThat(platform.inbox.notification(key("d-1")).orElseThrow().payload()).contains(body);
    }

    @Test
    void a_redelivered_webhook_already_processed_is_acknowledged_without_work() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        deliver("d-1", webhook(TRADE_NO, "cpay-1", "14"));
        int historyBefore = platform.orders.get(TRADE_NO).history().size();

        HandleCpayNotificationUseCase.Result again = deliver("d-1", webhook(TRADE_NO, "cpay-1", "14"));

        assertThat(again.disposition()).isEqualTo(Disposition.ALREADY_PROCESSED);
        assertThat(again.acknowledge()).isTrue();
        assertThat(platform.orders.get(TRADE_NO).history()).hasSize(historyBefore);
        assertThat(platform.inbox.size()).isEqualTo(1);
    }

    @Test
    void a_redelivered_webhook_whose_processing_failed_is_processed_again() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        var alwaysStale = platform.handleNotification(new StaleSaves(platform.orders, new AtomicInteger()));
        assertThatThrownBy(() -> alwaysStale.handle(
                platform.webhooks.signed("d-1", webhook(TRADE_NO, "cpay-1", "14"))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(platform.inbox.state(key("d-1"))).contains(InboxEntry.State.FAILED);

        HandleCpayNotificationUseCase.Result again = deliver("d-1", webhook(TRADE_NO, "cpay-1", "14"));

        assertThat(again.disposition()).isEqualTo(Disposition.APPLIED_TO_ORDER);
        assertThat(platform.inbox.state(key("d-1"))).contains(InboxEntry.State.PROCESSED);
    }

    @Test
    void a_webhook_whose_fields_cannot_be_read_is_kept_for_a_lookup_and_acknowledged() {
        HandleCpayNotificationUseCase.Result result = deliver("d-1", Map.of("merchantId", "20003092", "orderStatus", "14",
                "orderId", "cpay-5", "createTime", "yesterday"));

        assertThat(result.disposition()).isEqualTo(Disposition.NEEDS_LOOKUP);
        assertThat(result.acknowledge()).isTrue();
        assertThat(platform.inbox.state(key("d-1"))).contains(InboxEntry.State.NEEDS_LOOKUP);
        assertThat(platform.inbox.reason(key("d-1"))).hasValueSatisfying(r -> assertThat(r).contains("createTime"));
        assertThat(platform.inbox.find(key("d-1")).orElseThrow().keys().orderId()).contains(new CpayOrderId("cpay-5"));
    }

    @Test
    void a_closed_report_after_completion_is_not_applied_and_flags_the_order() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        deliver("d-1", webhook(TRADE_NO, "cpay-1", "14"));

        HandleCpayNotificationUseCase.Result result = deliver("d-2", webhook(TRADE_NO, "cpay-1", "15"));

        assertThat(result.outcome()).contains(OutcomeKind.CONFLICT);
        assertThat(result.status()).contains(OrderStatus.COMPLETED);
        assertThat(platform.orders.get(TRADE_NO).needsReview()).isTrue();
    }

    @Test
    void the_same_report_twice_under_two_keys_changes_nothing_the_second_time() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        deliver("d-1", webhook(TRADE_NO, "cpay-1", "14"));

        HandleCpayNotificationUseCase.Result result = deliver("d-2", webhook(TRADE_NO, "cpay-1", "14"));

        assertThat(result.disposition()).isEqualTo(Disposition.APPLIED_TO_ORDER);
        assertThat(result.outcome()).contains(OutcomeKind.DUPLICATE);
    }

    @Test
    void amounts_with_more_decimals_than_the_coin_are_set_aside_and_the_status_still_applied() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        Map<String, String> fields = new HashMap<>(webhook(TRADE_NO, "cpay-1", "14"));
        fields.put("fee", "0.123456789");

        HandleCpayNotificationUseCase.Result result = deliver("d-1", fields);

        Order stored = platform.orders.get(TRADE_NO);
        assertThat(result.disposition()).isEqualTo(Disposition.APPLIED_TO_ORDER);
        assertThat(stored.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(stored.reportedAmounts().isEmpty()).isTrue();
        assertThat(stored.needsReview()).isTrue();
        assertThat(stored.reviewNotes()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(ReviewReason.AMOUNT_MISMATCH);
            assertThat(n.detail()).contains("USDT").contains("fee");
        });
    }

    @Test
    void an_order_that_keeps_changing_is_given_up_after_five_tries_and_answered_fail() {
        AtomicInteger updates = new AtomicInteger();
        InMemoryOrderRepository orders = platform.orders;
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        var alwaysStale = platform.handleNotification(new StaleSaves(orders, updates));

        assertThatThrownBy(() -> alwaysStale.handle(
                platform.webhooks.signed("d-1", webhook(TRADE_NO, "cpay-1", "14"))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(updates.get()).isEqualTo(5);
        assertThat(platform.inbox.state(key("d-1"))).contains(InboxEntry.State.FAILED);
        assertThat(platform.inbox.reason(key("d-1"))).contains("processing failed: ConcurrentUpdateException");
    }

    @Test
    void two_deliveries_are_the_same_command_when_body_content_type_and_source_are() {
        HandleCpayNotificationUseCase.Command one = new HandleCpayNotificationUseCase.Command(
                "{\"a\":1}".getBytes(StandardCharsets.UTF_8), Optional.of("application/json"), "203.0.113.7");
        HandleCpayNotificationUseCase.Command same = new HandleCpayNotificationUseCase.Command(
                "{\"a\":1}".getBytes(StandardCharsets.UTF_8), Optional.of("application/json"), "203.0.113.7");

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(one).isNotEqualTo(new HandleCpayNotificationUseCase.Command(
                "{\"a\":2}".getBytes(StandardCharsets.UTF_8), Optional.of("application/json"), "203.0.113.7"));
        assertThat(one).isNotEqualTo(new HandleCpayNotificationUseCase.Command(
                "{\"a\":1}".getBytes(StandardCharsets.UTF_8), Optional.empty(), "203.0.113.7"));
        assertThat(one).isNotEqualTo(new HandleCpayNotificationUseCase.Command(
                "{\"a\":1}".getBytes(StandardCharsets.UTF_8), Optional.of("application/json"), "198.51.100.1"));
        // each part moves the hash (a hash of a constant or of one part only would put every delivery in one bucket)
        assertThat(java.util.stream.Stream.of(one,
                        new HandleCpayNotificationUseCase.Command("{}".getBytes(StandardCharsets.UTF_8),
                                Optional.of("application/json"), "203.0.113.7"),
                        new HandleCpayNotificationUseCase.Command("{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                                Optional.of("text/plain"), "203.0.113.7"),
                        new HandleCpayNotificationUseCase.Command("{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                                Optional.of("application/json"), "x"))
                .map(Object::hashCode).distinct()).hasSize(4);
    }

    @Test
    void a_notification_command_names_what_is_missing() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> new HandleCpayNotificationUseCase.Command(null, Optional.empty(), "s"), "body", "required");
        assertRefused(() -> new HandleCpayNotificationUseCase.Command(body, Optional.empty(), " "), "source", "required");
        assertRefused(() -> new HandleCpayNotificationUseCase.Command(body, Optional.empty(), "s".repeat(256)), "source",
                "max-length");
        assertThat(new HandleCpayNotificationUseCase.Command(body, null, "s".repeat(255)).contentType()).isEmpty();
        assertThat(new HandleCpayNotificationUseCase.Command(body, Optional.of(" "), "s").contentType()).isEmpty();
        assertThat(HandleCpayNotificationUseCase.Command.of(new byte[0], Optional.empty()).source()).isEqualTo("unknown");
        assertThat(new HandleCpayNotificationUseCase.Command("{\"sign\":\"abc\"}".getBytes(StandardCharsets.UTF_8),
                Optional.of("application/json"), "203.0.113.7").toString()).doesNotContain("abc").contains("14 bytes");
        assertRefused(() -> new NotificationVerdict.Refused(" "), "reason", "required");
        assertRefused(() -> new NotificationVerdict.Refused(null), "reason", "required");
        assertRefused(() -> new NotificationVerdict.Unreadable(Map.of(), SigningReading.DOCUMENT, " "), "reason",
                "required");
        assertThat(new NotificationVerdict.Unreadable(Map.of("remark", "4111111111111111"), SigningReading.PHP,
                "nested").toString()).contains("nested").doesNotContain("4111");
    }

    @Test
    void the_command_keeps_its_own_copy_of_the_body() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        HandleCpayNotificationUseCase.Command command = new HandleCpayNotificationUseCase.Command(body, Optional.empty(), "s");
        body[0] = 'x';
        command.body()[1] = 'x';

        assertThat(command.body()).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
        assertThat(command).isEqualTo(new HandleCpayNotificationUseCase.Command("{}".getBytes(StandardCharsets.UTF_8),
                Optional.empty(), "s"));
    }

    @Test
    void a_delivery_is_kept_under_the_sha256_of_its_body() {
        String body = "{\"merchantId\":\"20003092\"}";
        service.handle(platform.webhooks.signedBody("d-1", body, webhook(TRADE_NO, "cpay-1", "14")));
        service.handle(platform.webhooks.refused("d-2", "forged", "signature-mismatch: no"));

        assertThat(platform.inbox.state("sha256:" + sha256(body))).contains(InboxEntry.State.UNMATCHED);
        assertThat(platform.inbox.state("rejected:sha256:" + sha256("forged"))).contains(InboxEntry.State.REJECTED);
    }

    @Test
    void a_sender_held_back_gets_a_wait_and_nothing_is_verified_into_the_inbox() {
        List<NotificationVerdict> seen = new ArrayList<>();
        DeliveryAdmission refusedOnesWait = (verdict, source) -> {
            seen.add(verdict);
            return verdict instanceof NotificationVerdict.Refused && source.equals(FakeNotificationVerifier.SOURCE)
                    ? Optional.of(Duration.ofSeconds(2)) : Optional.empty();
        };
        var limited = new HandleCpayNotificationService(platform.webhooks, platform.inbox, platform.orders,
                platform.orders, platform.catalog, FakePlatform.MERCHANT_ID, platform.transactions, refusedOnesWait,
                platform.clock);
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);

        HandleCpayNotificationUseCase.Result held = limited.handle(platform.webhooks.refused("d-1", "forged", "unsigned"));
        HandleCpayNotificationUseCase.Result applied = limited.handle(platform.webhooks.signed("d-2",
                webhook(TRADE_NO, "cpay-1", "14")));

        assertThat(held.disposition()).isEqualTo(Disposition.RATE_LIMITED);
        assertThat(held.acknowledge()).isFalse();
        assertThat(held.retryAfter()).contains(Duration.ofSeconds(2));
        assertThat(platform.inbox.find(refusedKey("d-1"))).as("nothing stored").isEmpty();
        assertThat(applied.disposition()).isEqualTo(Disposition.APPLIED_TO_ORDER);
        assertThat(applied.retryAfter()).isEmpty();
        assertThat(seen).hasSize(2).first().isInstanceOf(NotificationVerdict.Refused.class);
        assertThat(seen.get(1)).isInstanceOfSatisfying(NotificationVerdict.Verified.class,
                v -> assertThat(v.reading()).isEqualTo(SigningReading.DOCUMENT));
        assertThatThrownBy(() -> new HandleCpayNotificationUseCase.Result(Disposition.RATE_LIMITED, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storing_and_applying_run_in_one_transaction_and_the_answer_comes_after_it() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        List<String> events = new ArrayList<>();
        Transactions recording = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                events.add("begin, inbox " + platform.inbox.size());
                T result = work.get();
                events.add("commit, order " + platform.orders.get(TRADE_NO).status());
                return result;
            }
        };
        var transactional = new HandleCpayNotificationService(platform.webhooks, platform.inbox, platform.orders,
                platform.orders, platform.catalog, FakePlatform.MERCHANT_ID, recording, DeliveryAdmission.ALL,
                platform.clock);

        HandleCpayNotificationUseCase.Result result = transactional.handle(platform.webhooks.signed("d-1",
                webhook(TRADE_NO, "cpay-1", "14")));

        assertThat(result.status()).contains(OrderStatus.COMPLETED);
        assertThat(events).containsExactly("begin, inbox 0", "commit, order COMPLETED");
    }

    @Test
    void a_failing_transaction_fails_the_delivery() {
        Transactions failing = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                work.get();
                throw new IllegalStateException("commit failed");
            }
        };
        var service = new HandleCpayNotificationService(platform.webhooks, platform.inbox, platform.orders,
                platform.orders, platform.catalog, FakePlatform.MERCHANT_ID, failing, DeliveryAdmission.ALL,
                platform.clock);

        assertThatThrownBy(() -> service.handle(platform.webhooks.signed("d-1", webhook(TRADE_NO, "cpay-1", "14"))))
                .hasMessage("commit failed");
    }

    private HandleCpayNotificationUseCase.Result deliver(String key, Map<String, String> fields) {
        return service.handle(platform.webhooks.signed(key, fields));
    }

    private String key(String label) {
        return platform.webhooks.key(label);
    }

    private String refusedKey(String label) {
        return platform.webhooks.refusedKey(label);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> noOrderWebhook(String status, boolean withOrderId) {
        Map<String, String> fields = new HashMap<>(Map.of("merchantId", "20003092", "merchantUserId", USER.value(),
                "orderStatus", status, "hash", HASH, "actualAmount", "10", "receivedAmount", "10", "fee", "0",
                "cryptoCurrency", "USDT", "network", "TRON", "createTime", "1663155010000"));
        if (withOrderId) {
            fields.put("orderId", "2209141130105863014");
        }
        return fields;
    }
}
