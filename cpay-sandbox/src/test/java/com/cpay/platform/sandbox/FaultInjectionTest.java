package com.cpay.platform.sandbox;

import com.cpay.platform.sandbox.control.ControlModels.OrderCommand;
import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.fault.FaultSpec;
import com.cpay.platform.sandbox.journal.WebhookAttempt;
import com.cpay.platform.sandbox.support.CpayHttp;
import com.cpay.platform.sandbox.support.CpayHttp.Answer;
import com.cpay.platform.sandbox.support.DocumentSigner;
import com.cpay.platform.sandbox.support.SharedSandbox;
import com.cpay.platform.sandbox.support.WebhookReceiver;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each fault kind, injected through the control API, by count or by rate. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultInjectionTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private SandboxServer sandbox;
    private SandboxControl control;
    private CpayHttp cpay;
    private WebhookReceiver receiver;

    @BeforeAll
    void start() throws IOException {
        sandbox = SharedSandbox.get();
        control = sandbox.control();
        cpay = new CpayHttp(sandbox.url(), sandbox.merchantId(), sandbox.secretKey());
        receiver = new WebhookReceiver();
    }

    @BeforeEach
    void clean() {
        control.reset();
        receiver.clear();
        receiver.replyWith();
    }

    @AfterAll
    void stop() {
        receiver.close();
    }

    @Test
    void latency_delays_the_answer() {
        control.addFault(new FaultSpec("getMerchantBalance", FaultKind.LATENCY, 1, null, 400L, null, null, null));

        long start = System.nanoTime();
        assertThat(cpay.get("getMerchantBalance", Map.of()).code()).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(control.requests().get(0).fault()).isEqualTo("LATENCY 400ms");
        assertThat(control.faults()).as("used up").isEmpty();
    }

    @Test
    void an_http_error_answers_without_handling_the_request() {
        control.addFault(new FaultSpec("withdraw", FaultKind.HTTP_ERROR, 1, null, null, 502, null, null));

        Answer answer = cpay.post("withdraw", MerchantApiTest.withdraw("http-502"));

        assertThat(answer.status()).isEqualTo(502);
        assertThat(control.orders()).isEmpty();
        assertThat(cpay.post("withdraw", MerchantApiTest.withdraw("http-502")).code()).as("count 1: next call passes").isZero();
    }

    @Test
    void a_dropped_connection_comes_after_the_order_is_made() {
        control.autoAdvance(false); // the 50 ms lifecycle steps could move the order on before it is read
        control.addFault("createOrder", FaultKind.DROP_CONNECTION, 1);

        assertThatThrownBy(() -> cpay.post("createOrder", MerchantApiTest.createOrder("dropped-1")))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(control.orderByTradeNo("dropped-1").status()).isEqualTo("PENDING");
        assertThat(cpay.get("getOrderDetail", Map.of("merchantTradeNo", "dropped-1")).code()).isZero();
    }

    @Test
    void envelope_errors_answer_the_code_without_handling_the_request() {
        control.addFault(new FaultSpec("pwpp", FaultKind.ENVELOPE_ERROR, 1, null, null, null, 90751015L, null));
        control.addFault(new FaultSpec("createOrder", FaultKind.ENVELOPE_ERROR, 1, null, null, null, null, null));

        Answer payFail = cpay.post("pwpp", MerchantApiTest.pwpp("env-1", "4111111111111111"));
        Answer fail = cpay.post("createOrder", MerchantApiTest.createOrder("env-2"));

        assertThat(payFail.status()).isEqualTo(200);
        assertThat(payFail.code()).isEqualTo(90751015L);
        assertThat(payFail.msg()).isEqualTo("pay fail");
        assertThat(payFail.data()).containsEntry("orderId", "").containsEntry("pageData", "").containsEntry("ccStorageID", "");
        assertThat(fail.code()).isEqualTo(1);
        assertThat(fail.msg()).isEqualTo("fail");
        assertThat(control.orders()).isEmpty();
    }

    @Test
    void malformed_json_comes_after_the_order_is_made() {
        control.addFault("createOrder", FaultKind.MALFORMED_JSON, 1);

        Answer answer = cpay.post("createOrder", MerchantApiTest.createOrder("cut-1"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).as("not parseable").isNull();
        assertThat(answer.body()).startsWith("{\"code\":0");
        assertThat(control.orderByTradeNo("cut-1")).isNotNull();
        assertThat(control.requests().get(0).response()).as("the log keeps the whole answer").endsWith("}");
    }

    @Test
    void a_fault_by_rate_fires_on_that_share_of_requests() {
        control.addFault(new FaultSpec("*", FaultKind.HTTP_ERROR, null, 1.0, null, 500, null, null));
        control.addFault(new FaultSpec("getWalletAddress", FaultKind.LATENCY, null, 0.0, 5000L, null, null, null));
        for (int i = 0; i < 3; i++) {
            assertThat(cpay.get("getMerchantBalance", Map.of()).status()).isEqualTo(500);
        }
        assertThat(control.faults().get(0).fired()).isEqualTo(3);
        assertThat(control.faults().get(0).remaining()).as("unlimited").isNull();

        control.clearFaults();
        control.addFault(new FaultSpec("getWalletAddress", FaultKind.LATENCY, null, 0.0, 5000L, null, null, null));
        assertThat(cpay.get("getWalletAddress", Map.of("userId", "u")).code()).as("rate 0 never fires").isZero();
    }

    @Test
    void a_duplicate_webhook_is_delivered_twice() {
        control.addFault("*", FaultKind.WEBHOOK_DUPLICATE, 1);

        String orderId = placeAndMove("dup-1");
        control.awaitWebhooks(w -> w.stream().filter(a -> "delivered".equals(a.outcome())).count() == 2, WAIT);

        assertThat(receiver.received()).hasSize(2);
        assertThat(receiver.received().get(0).body()).isEqualTo(receiver.received().get(1).body()).contains(orderId);
        assertThat(control.webhooks()).extracting(WebhookAttempt::fault).containsExactly(null, "duplicate");
    }

    @Test
    void an_out_of_order_webhook_arrives_after_the_next_one() {
        control.addFault("createOrder", FaultKind.WEBHOOK_OUT_OF_ORDER, 1);
        Map<String, String> order = new LinkedHashMap<>(MerchantApiTest.createOrder("ooo-1"));
        order.put("callbackURL", receiver.url());
        cpay.post("createOrder", order);

        control.awaitWebhooks(w -> w.stream().filter(a -> "delivered".equals(a.outcome())).count() == 2, WAIT);

        assertThat(receiver.received()).extracting(r -> r.body().contains("\"orderStatus\":\"14\"") ? "14" : "11")
                .containsExactly("14", "11");
    }

    @Test
    void a_webhook_with_a_bad_signature_comes_before_the_genuine_one() throws IOException {
        control.addFault("*", FaultKind.WEBHOOK_BAD_SIGNATURE, 1);
        receiver.replyWith("FAIL");

        placeAndMove("forged-1");
        control.awaitWebhooks(w -> w.stream().anyMatch(a -> "delivered".equals(a.outcome())), WAIT);

        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).hasSize(2);
        Map<String, String> forged = JSON.readValue(received.get(0).body(), Argument.mapOf(String.class, String.class));
        Map<String, String> genuine = JSON.readValue(received.get(1).body(), Argument.mapOf(String.class, String.class));
        assertThat(forged.get("sign")).isNotEqualTo(DocumentSigner.sign(forged, sandbox.secretKey()));
        assertThat(genuine.get("sign")).isEqualTo(DocumentSigner.sign(genuine, sandbox.secretKey()));
        assertThat(control.webhooks()).extracting(WebhookAttempt::fault, WebhookAttempt::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bad-signature", "failed"), org.assertj.core.groups.Tuple.tuple(null, "delivered"));
    }

    private String placeAndMove(String tradeNo) {
        String orderId = control.placeOrder(new OrderCommand(null, tradeNo, "CRYPTO_DEPOSIT", "PROCESSING", null, "user-1",
                "USDT", null, "10", null, null, null, null, receiver.url(), null)).orderId();
        control.moveOrder(orderId, "COMPLETED");
        return orderId;
    }
}
