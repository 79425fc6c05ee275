package com.cpay.platform.sandbox;

import com.cpay.platform.sandbox.control.ControlModels.OrderCommand;
import com.cpay.platform.sandbox.control.ControlModels.OrderView;
import com.cpay.platform.sandbox.journal.WebhookAttempt;
import com.cpay.platform.sandbox.support.CpayHttp;
import com.cpay.platform.sandbox.support.DocumentSigner;
import com.cpay.platform.sandbox.support.SharedSandbox;
import com.cpay.platform.sandbox.support.WebhookReceiver;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Orders move through their lifecycle; every status change reaches the merchant as a signed section 15 webhook. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LifecycleAndWebhookTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private SandboxServer sandbox;
    private CpayHttp cpay;
    private WebhookReceiver receiver;
    private Set<String> notificationFields;

    @BeforeAll
    void start() throws IOException {
        sandbox = SharedSandbox.get();
        cpay = new CpayHttp(sandbox.url(), sandbox.merchantId(), sandbox.secretKey());
        receiver = new WebhookReceiver();
        var spec = new OpenAPIV3Parser().read("../cpay-spec/src/main/resources/cpay-webhook.yaml");
        notificationFields = spec.getComponents().getSchemas().get("CpayNotification").getProperties().keySet();
    }

    @BeforeEach
    void clean() {
        sandbox.control().reset();
        receiver.clear();
        receiver.replyWith();
    }

    @AfterAll
    void stop() {
        receiver.close();
    }

    @Test
    void a_deposit_goes_pending_processing_completed_and_each_change_is_a_signed_webhook_retried_until_OK() throws IOException {
        receiver.replyWith("FAIL");
        Map<String, String> order = new LinkedHashMap<>(MerchantApiTest.createOrder("life-1"));
        order.put("callbackURL", receiver.url());
        String orderId = (String) cpay.post("createOrder", order).data().get("orderId");

        OrderView done = sandbox.control().awaitOrder(orderId, o -> o.status().equals("COMPLETED"), WAIT);
        List<WebhookAttempt> log = sandbox.control().awaitWebhooks(w -> delivered(w, "14"), WAIT);

        assertThat(done.history()).extracting(h -> h.status()).containsExactly("PENDING", "PROCESSING", "COMPLETED");
        assertThat(done.hash()).matches("[0-9a-f]{64}");
        assertThat(log).extracting(WebhookAttempt::orderStatus, WebhookAttempt::attempt, WebhookAttempt::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("11", 1, "retrying"),
                        org.assertj.core.groups.Tuple.tuple("11", 2, "delivered"),
                        org.assertj.core.groups.Tuple.tuple("14", 1, "delivered"));
        assertThat(receiver.received()).hasSize(3);
        for (WebhookReceiver.Received received : receiver.received()) {
            assertThat(received.contentType()).startsWith("application/json");
            Map<String, String> fields = JSON.readValue(received.body(), Argument.mapOf(String.class, String.class));
            assertThat(fields.keySet()).as("the fields of CpayNotification in cpay-webhook.yaml").isEqualTo(notificationFields);
            assertThat(fields.get("sign")).isEqualTo(DocumentSigner.sign(fields, sandbox.secretKey()));
            assertThat(fields).containsEntry("merchantTradeNo", "life-1").containsEntry("orderId", orderId)
                    .containsEntry("actualAmount", "3").containsEntry("receivedAmount", "3").containsEntry("fee", "0")
                    .containsEntry("cryptoCurrency", "USDT").containsEntry("network", "TRON(TRC-20)")
                    .containsEntry("hash", done.hash());
        }
    }

    @Test
    void ok_in_any_letter_case_is_a_delivery_and_any_other_reply_is_retried() {
        receiver.replyWith("okay", "OK.", " ok\r\n", "Ok");
        OrderView first = place("ok-case-1", "CRYPTO_DEPOSIT", "PROCESSING", receiver.url());
        sandbox.control().moveOrder(first.orderId(), "COMPLETED");
        sandbox.control().awaitWebhooks(w -> delivered(w, "14"), WAIT);
        OrderView second = place("ok-case-2", "CRYPTO_DEPOSIT", "PROCESSING", receiver.url());
        sandbox.control().moveOrder(second.orderId(), "CLOSED");

        List<WebhookAttempt> log = sandbox.control().awaitWebhooks(w -> delivered(w, "15"), WAIT);

        assertThat(log).extracting(WebhookAttempt::reply, WebhookAttempt::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("okay", "retrying"), org.assertj.core.groups.Tuple.tuple("OK.", "retrying"),
                org.assertj.core.groups.Tuple.tuple(" ok\r\n", "delivered"), org.assertj.core.groups.Tuple.tuple("Ok", "delivered"));
    }

    @Test
    void an_OK_body_with_an_error_status_is_not_a_delivery() {
        receiver.replyWithStatus(new WebhookReceiver.Reply(500, "OK"), new WebhookReceiver.Reply(200, ""));
        OrderView order = place("ok-500", "CRYPTO_DEPOSIT", "PROCESSING", receiver.url());
        sandbox.control().moveOrder(order.orderId(), "COMPLETED");

        List<WebhookAttempt> log = sandbox.control().awaitWebhooks(w -> delivered(w, "14"), WAIT);

        assertThat(log).extracting(WebhookAttempt::httpStatus, WebhookAttempt::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(500, "retrying"), org.assertj.core.groups.Tuple.tuple(200, "retrying"),
                org.assertj.core.groups.Tuple.tuple(200, "delivered"));
    }

    @Test
    void delivery_gives_up_after_the_configured_attempts() {
        receiver.replyWith("FAIL", "FAIL", "FAIL", "FAIL", "FAIL", "FAIL", "FAIL");
        OrderView order = place("give-up", "CRYPTO_DEPOSIT", "PENDING", receiver.url());
        sandbox.control().moveOrder(order.orderId(), "CLOSED");

        List<WebhookAttempt> log = sandbox.control().awaitWebhooks(w -> w.stream().anyMatch(a -> a.outcome().equals("failed")), WAIT);

        assertThat(log).hasSize(6).extracting(WebhookAttempt::attempt).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(log.get(5).reply()).isEqualTo("FAIL");
    }

    @Test
    void a_payout_freezes_its_total_amount_until_it_ends() {
        // docs/decisions.md, decision 26: totalAmount 10 is debited (the fee 1 is inside it, 10 - receivedAmount 9)
        sandbox.control().autoAdvance(false);
        sandbox.control().setBalance("USDT", "100");
        Map<String, Object> payout = cpay.post("withdraw", MerchantApiTest.withdraw("payout-1")).data();
        assertThat(usdt()).isEqualTo("90/10");

        sandbox.control().moveOrder((String) payout.get("orderId"), "COMPLETED");
        assertThat(usdt()).isEqualTo("90/0");

        Map<String, Object> second = cpay.post("withdraw", MerchantApiTest.withdraw("payout-2")).data();
        assertThat(usdt()).isEqualTo("80/10");
        sandbox.control().moveOrder((String) second.get("orderId"), "CLOSED");
        assertThat(usdt()).isEqualTo("90/0");
    }

    @Test
    void configured_failures_close_orders_a_blocked_address_and_an_invalid_pix_key() {
        Map<String, String> blocked = new LinkedHashMap<>(MerchantApiTest.withdraw("blocked-1"));
        blocked.put("toAddress", "TLVHRkzWNhPU24c6A512oM3LaQK9jFvWGq");
        String payout = (String) cpay.post("withdraw", blocked).data().get("orderId");
        Map<String, String> pix = new LinkedHashMap<>(MerchantApiTest.pix("pix-fail", "2", "fail@pix.example.com"));
        pix.put("callBackURL", receiver.url());
        String pixOrder = (String) cpay.post("createFiatPayoutOrder", pix).data().get("orderId");

        assertThat(sandbox.control().awaitOrder(payout, o -> o.status().equals("CLOSED"), WAIT).history())
                .extracting(h -> h.status()).containsExactly("PENDING", "PROCESSING", "CLOSED");
        assertThat(sandbox.control().awaitOrder(pixOrder, o -> o.status().equals("CLOSED"), WAIT).history())
                .extracting(h -> h.status()).containsExactly("PROCESSING", "CLOSED");
        sandbox.control().awaitWebhooks(w -> delivered(w, "15"), WAIT);
        assertThat(receiver.received()).singleElement().satisfies(r -> assertThat(r.body()).contains("\"orderStatus\":\"15\""));
        assertThat(usdt()).isEqualTo("10000/0");
    }

    @Test
    void a_card_ending_3000_gets_a_3ds_page_whose_form_completes_the_payment() throws Exception {
        Map<String, String> payment = new LinkedHashMap<>(MerchantApiTest.pwpp("3ds-1", "4000000000063000"));
        payment.put("callbackURL", receiver.url());
        Map<String, Object> data = cpay.post("pwpp", payment).data();
        String orderId = (String) data.get("orderId");
        assertThat(sandbox.control().order(orderId).awaiting3ds()).isTrue();
        assertThat(sandbox.control().order(orderId).amount()).as("19.019 rounds down").isEqualTo("19.01");

        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher((String) data.get("pageData"));
        assertThat(action.find()).isTrue();
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(action.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("outcome=authenticate")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("https://merchant.example.com/ok?txnRef=" + orderId);
        assertThat(sandbox.control().awaitOrder(orderId, o -> o.status().equals("COMPLETED"), WAIT).maskedPan())
                .isEqualTo("400000******3000");
        sandbox.control().awaitWebhooks(w -> delivered(w, "14"), WAIT);
    }

    @Test
    void the_cashier_page_of_a_hosted_card_order_takes_the_payment() throws Exception {
        sandbox.control().autoAdvance(false);
        Map<String, Object> order = cpay.post("createOrderByCreditCard", MerchantApiTest.cardOrder("hosted-1")).data();
        String cashierUrl = (String) order.get("cashierURL");
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(cashierUrl)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> paid = http.send(HttpRequest.newBuilder(URI.create(cashierUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("outcome=pay")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.body()).contains("<form method=\"post\" action=\"" + cashierUrl + "\"");
        assertThat(paid.statusCode()).isEqualTo(200);
        assertThat(sandbox.control().order((String) order.get("orderId")).status()).isEqualTo("PROCESSING");
    }

    @Test
    void a_no_order_deposit_is_notified_credited_and_found_by_its_hash() throws IOException {
        sandbox.control().configureWebhook(sandbox.merchantId(), receiver.url(), "json");
        String hash = "c4dbbf5737c52072817dc92fa09c41386f8024fee883270b92bfc1943616f957";

        OrderView deposit = sandbox.control().deposit("user-9", null, "USDT", "25", hash);
        sandbox.control().awaitWebhooks(w -> delivered(w, "14"), WAIT);

        Map<String, String> fields = JSON.readValue(receiver.received().get(0).body(), Argument.mapOf(String.class, String.class));
        assertThat(fields).containsEntry("merchantTradeNo", "").containsEntry("hash", hash).containsEntry("merchantUserId", "user-9")
                .containsEntry("orderStatus", "14").containsEntry("actualAmount", "25");
        assertThat(fields.get("sign")).isEqualTo(DocumentSigner.sign(fields, sandbox.secretKey()));
        Map<String, Object> detail = cpay.get("getOrderDetail", Map.of("hash", hash)).data();
        assertThat(detail).containsEntry("orderId", deposit.orderId()).containsEntry("status", "14");
        assertThat(usdt()).isEqualTo("10025/0");
    }

    @Test
    void webhooks_can_be_form_encoded_and_orders_put_in_place_for_provider_states() {
        sandbox.control().configureWebhook(sandbox.merchantId(), receiver.url(), "form");
        OrderView order = place("pact-order-1", "withdraw", "PROCESSING", null);
        assertThat(cpay.get("getOrderDetail", Map.of("merchantTradeNo", "pact-order-1")).data()).containsEntry("status", "11");
        assertThat(sandbox.control().webhooks()).as("placing sends nothing").isEmpty();

        sandbox.control().moveOrder(order.orderId(), "14");
        sandbox.control().awaitWebhooks(w -> delivered(w, "14"), WAIT);

        WebhookReceiver.Received received = receiver.received().get(0);
        assertThat(received.contentType()).startsWith("application/x-www-form-urlencoded");
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : received.body().split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        assertThat(fields.keySet()).isEqualTo(notificationFields);
        assertThat(fields.get("sign")).isEqualTo(DocumentSigner.sign(fields, sandbox.secretKey()));
    }

    private OrderView place(String tradeNo, String kind, String status, String callbackUrl) {
        return sandbox.control().placeOrder(new OrderCommand(null, tradeNo, kind, status, null, "user-1", "USDT", null, "10",
                null, null, null, null, callbackUrl, null));
    }

    private String usdt() {
        return sandbox.control().balances().stream().filter(b -> b.asset().equals("USDT"))
                .map(b -> b.available() + "/" + b.freeze()).findFirst().orElseThrow();
    }

    private static boolean delivered(List<WebhookAttempt> log, String status) {
        return log.stream().anyMatch(a -> a.orderStatus().equals(status) && a.outcome().equals("delivered"));
    }
}
