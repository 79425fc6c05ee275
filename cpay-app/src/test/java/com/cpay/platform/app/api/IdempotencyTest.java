package com.cpay.platform.app.api;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.fault.FaultSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Every POST under /api/v1 runs at most once per Idempotency-Key. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyTest {

    private TestApp app;
    private Http http;

    @BeforeAll
    void start() {
        app = TestApp.start();
        http = new Http(app.url());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @AfterEach
    void clearFaults() {
        app.simulator().clearFaults();
    }

    private static String deposit(String user) {
        return "{\"userId\":\"" + user + "\",\"cryptoCurrency\":\"USDT\",\"amount\":\"3\"}";
    }

    private long createOrderCalls() {
        return app.simulator().requests().stream().filter(r -> r.operation().equals("createOrder")).count();
    }

    @Test
    void a_retry_with_the_same_key_gets_the_stored_answer_and_creates_nothing() {
        String key = UUID.randomUUID().toString();
        String user = "idem-" + key.substring(0, 8);
        HttpResponse<String> first = http.postJson("/api/v1/deposits", deposit(user), "Idempotency-Key", key);
        long calls = createOrderCalls();
        HttpResponse<String> second = http.postJson("/api/v1/deposits", deposit(user), "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(first.headers().firstValue("Idempotent-Replayed")).contains("false");
        assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(createOrderCalls()).isEqualTo(calls);
        HttpResponse<String> orders = http.get("/api/v1/orders?userId=" + user, "Authorization", Http.bearer());
        assertThat(orders.body().split("\"merchantTradeNo\"")).hasSize(2);
    }

    @Test
    void the_same_key_with_another_body_is_422() {
        String key = UUID.randomUUID().toString();
        assertThat(http.postJson("/api/v1/deposits", deposit("a"), "Idempotency-Key", key).statusCode()).isEqualTo(201);
        HttpResponse<String> reused = http.postJson("/api/v1/deposits", deposit("b"), "Idempotency-Key", key);
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(reused.body()).contains("urn:cpay-platform:problem:idempotency-key-reused");
        HttpResponse<String> otherPath = http.postJson("/api/v1/exchanges", "{\"userId\":\"a\",\"sourceCurrency\":"
                + "\"USDT\",\"sourceAmount\":\"3\",\"targetCurrency\":\"BTC\"}", "Idempotency-Key", key);
        assertThat(otherPath.statusCode()).isEqualTo(422);
    }

    @Test
    void a_duplicate_while_the_first_call_runs_is_409() throws Exception {
        app.simulator().addFault(new FaultSpec("createOrder", FaultKind.LATENCY, 1, null, 1500L, null, null, null));
        String key = UUID.randomUUID().toString();
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(
                () -> http.postJson("/api/v1/deposits", deposit("slow"), "Idempotency-Key", key));
        Thread.sleep(500);
        HttpResponse<String> second = http.postJson("/api/v1/deposits", deposit("slow"), "Idempotency-Key", key);

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("urn:cpay-platform:problem:idempotency-key-in-use");
        assertThat(first.get().statusCode()).isEqualTo(201);
        HttpResponse<String> third = http.postJson("/api/v1/deposits", deposit("slow"), "Idempotency-Key", key);
        assertThat(third.body()).isEqualTo(first.get().body());
    }

    @Test
    void a_problem_after_the_order_was_recorded_is_replayed_too() {
        app.simulator().addFault(new FaultSpec("createOrder", FaultKind.ENVELOPE_ERROR, 1, null, null, null, 1L, null));
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = http.postJson("/api/v1/deposits", deposit("refused"), "Idempotency-Key", key);
        long calls = createOrderCalls();
        HttpResponse<String> second = http.postJson("/api/v1/deposits", deposit("refused"), "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(502);
        assertThat(second.statusCode()).isEqualTo(502);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(createOrderCalls()).isEqualTo(calls);
    }

    @Test
    void a_request_refused_by_a_rule_releases_its_key() {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> refused = http.postJson("/api/v1/deposits",
                "{\"userId\":\"u1\",\"cryptoCurrency\":\"EUR\",\"amount\":\"3\"}", "Idempotency-Key", key);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(http.postJson("/api/v1/deposits", deposit("fixed"), "Idempotency-Key", key).statusCode())
                .isEqualTo(201);
    }
}
