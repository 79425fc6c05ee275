package com.cpay.platform.app.webhook;

import com.cpay.platform.domain.notification.ResolveStoredNotificationsUseCase;
import com.cpay.platform.adapter.http.signing.CpaySigner;
import com.cpay.platform.adapter.http.signing.EmptyRule;
import com.cpay.platform.adapter.http.signing.SecretKey;
import com.cpay.platform.app.reconciliation.ReconciliationJob;
import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.app.support.Webhooks;
import com.cpay.platform.client.internal.api.DepositsApi;
import com.cpay.platform.client.internal.api.OrdersApi;
import com.cpay.platform.client.internal.invoker.ApiException;
import com.cpay.platform.client.internal.model.CreateDepositRequest;
import com.cpay.platform.client.internal.model.EventSource;
import com.cpay.platform.client.internal.model.Order;
import com.cpay.platform.client.internal.model.OrderStatus;
import com.cpay.platform.domain.notification.ResolveStoredNotificationsUseCase.Result.Finding;
import com.cpay.platform.domain.notification.InboxEntry.State;
import com.cpay.platform.domain.reconciliation.LookupFinding;
import com.cpay.platform.domain.notification.NotificationInbox;
import com.cpay.platform.domain.notification.StoredNotification;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.sandbox.control.ControlModels.OrderCommand;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which verified notifications are booked (docs/decisions.md, decision 15, revised 2026-12-05), through real HTTP against the
 * app with the simulator embedded: one naming a merchantTradeNo we never issued is answered OK and held UNMATCHED,
 * never booked; another merchant's is FAIL; a PHP-style signature is accepted and counted; an unreadable one is
 * answered OK and settled from getOrderDetail by the reconciliation job. The simulator's own webhooks go nowhere,
 * so only the notifications sent here reach the app.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookMatchingTest {

    private TestApp app;
    private Http http;
    private OrdersApi orders;
    private NotificationInbox inbox;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("cpay.sandbox.lifecycle.auto-advance", "false",
                "cpay.sandbox.webhooks.max-attempts", "1",
                // the job bean exists; its schedule does not fire during the tests, which run it by hand
                "cpay.reconciliation.enabled", "true", "cpay.reconciliation.initial-delay", "1h"));
        app.simulator().configureWebhook(Webhooks.MERCHANT_ID, "http://127.0.0.1:9/lost", "json");
        http = new Http(app.url());
        orders = new OrdersApi(app.client());
        inbox = app.context().getBean(NotificationInbox.class);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void a_signed_webhook_naming_a_merchant_trade_no_we_never_issued_is_ok_books_nothing_and_is_held_unmatched()
            throws Exception {
        String user = "unmatched-" + UUID.randomUUID();
        String tradeNo = "never-issued-" + System.nanoTime();
        Map<String, String> fields = Webhooks.notification(tradeNo, "9" + System.nanoTime(), "14", "25");
        fields.put("merchantUserId", user);
        fields.put("hash", "ab" + UUID.randomUUID().toString().replace("-", ""));

        HttpResponse<String> answer = json(Webhooks.signedJson(fields, Webhooks.KEY));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("OK");
        assertThat(orders.listOrders(null, null, user, null, null, null, null, null, null, null, null).getItems())
                .as("money out must not be recorded as money in").isEmpty();
        assertThat(orders.listOrders(null, null, null, null, null, null, null, null, null, null, 200).getItems())
                .noneMatch(o -> tradeNo.equals(o.getMerchantTradeNo()));
        assertThatThrownBy(() -> orders.getOrder(tradeNo)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.getCode()).isEqualTo(404));
        StoredNotification held = held(State.UNMATCHED, tradeNo);
        assertThat(held.keys().orderId()).contains(new CpayOrderId(fields.get("orderId")));
        assertThat(held.keys().hash()).isPresent();
        assertThat(counted("accepted", "UNMATCHED")).isPositive();
    }

    @Test
    void a_webhook_for_another_merchant_is_answered_fail_stored_rejected_and_changes_nothing() throws Exception {
        Order order = newDeposit("foreign");
        Map<String, String> fields = Webhooks.notification(order.getMerchantTradeNo(), order.getCpayOrderId(), "14",
                "10");
        fields.put("merchantId", "123");

        HttpResponse<String> answer = json(Webhooks.signedJson(fields, Webhooks.KEY));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo("FAIL");
        assertThat(orders.getOrder(order.getMerchantTradeNo()).getStatus()).isEqualTo(OrderStatus.PENDING);
        assertThat(inbox.listByState(State.REJECTED, 500)).anySatisfy(e ->
                assertThat(e.reason()).contains("merchantId 123 is not this merchant's"));
        assertThat(counted("rejected", "WRONG_MERCHANT")).isPositive();
    }

    @Test
    void a_php_style_signed_webhook_with_fee_0_left_out_is_applied_and_counted_as_the_php_reading() throws Exception {
        MeterRegistry meters = app.context().getBean(MeterRegistry.class);
        double phpBefore = reading(meters, "php");
        Order order = newDeposit("php");
        Map<String, String> fields = Webhooks.notification(order.getMerchantTradeNo(), order.getCpayOrderId(), "14",
                "10");
        assertThat(fields).containsEntry("fee", "0");
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.put("sign", new CpaySigner(SecretKey.of(Webhooks.KEY)).sign(fields, EmptyRule.PHP));

        HttpResponse<String> answer = json(jsonOf(signed));

        assertThat(answer.body()).isEqualTo("OK");
        Order after = orders.getOrder(order.getMerchantTradeNo());
        assertThat(after.getStatus()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(after.getReportedAmounts().getFee()).isEqualTo("0");
        assertThat(reading(meters, "php")).isEqualTo(phpBefore + 1);
        String prometheus = http.get("/prometheus").body();
        assertThat(prometheus).contains("# HELP cpay_webhooks_signature_reading_total C-Pay webhooks whose signature"
                + " verified");
        Matcher php = Pattern.compile("cpay_webhooks_signature_reading_total\\{[^}]*reading=\"php\"[^}]*} ([0-9.E]+)")
                .matcher(prometheus);
        assertThat(php.find()).as(prometheus).isTrue();
        assertThat(Double.parseDouble(php.group(1))).isGreaterThanOrEqualTo(1.0);

        json(Webhooks.signedJson(Webhooks.notification(order.getMerchantTradeNo(), order.getCpayOrderId(), "14",
                "10"), Webhooks.KEY));
        assertThat(reading(meters, "document")).as("the document's reading counted under its own tag").isPositive();
    }

    @Test
    void unreadable_signed_webhooks_are_ok_and_the_reconciliation_job_settles_their_orders_from_get_order_detail()
            throws Exception {
        Order nested = newDeposit("nested");
        Order badTime = newDeposit("bad-time");
        for (Order order : List.of(nested, badTime)) {
            var atCpay = app.simulator().orderByTradeNo(order.getMerchantTradeNo());
            app.simulator().moveOrder(atCpay.orderId(), "COMPLETED");
        }
        // a nested JSON value, signed over its JSON text as written
        Map<String, String> withNested = Webhooks.notification(nested.getMerchantTradeNo(), nested.getCpayOrderId(),
                "14", "10");
        String extInfo = "{\"campaign\":{\"id\":7},\"tags\":[\"a\",\"b\"]}";
        withNested.put("extInfo", extInfo);
        String sign = new CpaySigner(SecretKey.of(Webhooks.KEY)).sign(withNested);
        withNested.remove("extInfo");
        String nestedBody = jsonOf(withNested).replaceFirst("}$", ",\"extInfo\":" + extInfo + ",\"sign\":\"" + sign + "\"}");
        // a field breaking its rule, signed correctly
        Map<String, String> withBadTime = Webhooks.notification(badTime.getMerchantTradeNo(), badTime.getCpayOrderId(),
                "14", "10");
        withBadTime.put("createTime", "yesterday");

        assertThat(json(nestedBody).body()).isEqualTo("OK");
        assertThat(json(Webhooks.signedJson(withBadTime, Webhooks.KEY)).body()).isEqualTo("OK");

        assertThat(held(State.NEEDS_LOOKUP, nested.getMerchantTradeNo()).reason())
                .hasValueSatisfying(r -> assertThat(r).contains("extInfo holds a nested JSON value"));
        assertThat(held(State.NEEDS_LOOKUP, badTime.getMerchantTradeNo()).reason())
                .hasValueSatisfying(r -> assertThat(r).contains("createTime"));
        assertThat(orders.getOrder(nested.getMerchantTradeNo()).getStatus()).isEqualTo(OrderStatus.PENDING);

        ResolveStoredNotificationsUseCase.Result result = app.context().getBean(ReconciliationJob.class)
                .resolveStoredNotifications();

        assertThat(result.entries()).filteredOn(e -> e.finding() == Finding.RESOLVED)
                .extracting(e -> e.order().orElseThrow().value())
                .contains(nested.getMerchantTradeNo(), badTime.getMerchantTradeNo());
        for (Order order : List.of(nested, badTime)) {
            Order settled = orders.getOrder(order.getMerchantTradeNo());
            assertThat(settled.getStatus()).isEqualTo(OrderStatus.COMPLETED);
            assertThat(settled.getHistory().get(settled.getHistory().size() - 1).getSource())
                    .isEqualTo(EventSource.ORDER_QUERY);
            assertThat(held(State.RESOLVED, order.getMerchantTradeNo()).resolution())
                    .hasValueSatisfying(r -> assertThat(r).contains("PENDING -> COMPLETED"));
        }
    }

    @Test
    void the_job_asks_cpay_about_an_unmatched_payout_placed_elsewhere_and_keeps_its_answer_never_booking_it()
            throws Exception {
        String tradeNo = "payout-elsewhere-" + System.nanoTime();
        String user = "elsewhere-" + UUID.randomUUID();
        var placed = app.simulator().placeOrder(new OrderCommand(null, tradeNo, "CRYPTO_PAYOUT", "COMPLETED", null,
                user, "USDT", null, "12.5", "12", "0.5", null, "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw", null, null));
        Map<String, String> fields = Webhooks.notification(tradeNo, placed.orderId(), "14", "12.5");
        fields.put("merchantUserId", user);
        assertThat(json(Webhooks.signedJson(fields, Webhooks.KEY)).body()).isEqualTo("OK");

        ResolveStoredNotificationsUseCase.Result result = app.context().getBean(ReconciliationJob.class)
                .resolveStoredNotifications();

        assertThat(result.entries()).anySatisfy(e -> assertThat(e.finding()).isEqualTo(Finding.REPORTED_BY_CPAY));
        StoredNotification entry = held(State.UNMATCHED, tradeNo);
        assertThat(entry.lookedUpAt()).isPresent();
        LookupFinding finding = entry.finding().orElseThrow();
        assertThat(finding.answer()).isEqualTo(LookupFinding.Answer.FOUND);
        assertThat(finding.status()).contains("14");
        assertThat(finding.merchantTradeNo()).contains(new MerchantTradeNo(tradeNo));
        assertThat(finding.amounts()).hasValueSatisfying(a -> assertThat(a).contains("12.5").contains("USDT"));
        assertThat(orders.listOrders(null, null, user, null, null, null, null, null, null, null, null).getItems())
                .isEmpty();
    }

    private Order newDeposit(String user) throws ApiException {
        return new DepositsApi(app.client()).createDeposit(UUID.randomUUID().toString(),
                new CreateDepositRequest().userId(user).cryptoCurrency("USDT").amount("10"));
    }

    private HttpResponse<String> json(String body) {
        return http.post("/cpay/webhooks", body, "Content-Type", "application/json");
    }

    private static String jsonOf(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private StoredNotification held(State state, String merchantTradeNo) {
        Optional<StoredNotification> found = inbox.listByState(state, 500).stream()
                .filter(e -> e.keys().merchantTradeNo().map(MerchantTradeNo::value).orElse("").equals(merchantTradeNo))
                .findFirst();
        assertThat(found).as("inbox entry %s for %s", state, merchantTradeNo).isPresent();
        return found.get();
    }

    private double counted(String result, String disposition) {
        Counter counter = app.context().getBean(MeterRegistry.class).find("cpay.webhooks").tag("result", result)
                .tag("disposition", disposition).counter();
        return counter == null ? 0 : counter.count();
    }

    private static double reading(MeterRegistry meters, String reading) {
        Counter counter = meters.find("cpay.webhooks.signature.reading").tag("reading", reading).counter();
        return counter == null ? 0 : counter.count();
    }
}
