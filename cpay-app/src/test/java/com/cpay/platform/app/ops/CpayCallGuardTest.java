package com.cpay.platform.app.ops;

import com.cpay.platform.app.support.Await;
import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.fault.FaultSpec;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static com.cpay.platform.app.support.ProblemAnswers.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** The circuit breaker and concurrency limit around C-Pay calls, through real HTTP against the simulator. */
class CpayCallGuardTest {

    private static final String CREATE_ORDER = "createOrder";

    @Test
    void after_repeated_failures_creations_answer_503_with_retry_after_and_nothing_is_stored_or_sent() {
        try (TestApp app = TestApp.start(Map.of("cpay.guard.window", "4", "cpay.guard.minimum-calls", "4",
                "cpay.guard.open-for", "3s", "cpay.guard.half-open-calls", "1",
                "cpay.sandbox.lifecycle.auto-advance", "false"))) {
            Http http = new Http(app.url());
            app.simulator().addFault(new FaultSpec(CREATE_ORDER, FaultKind.HTTP_ERROR, 4, null, null, 503, null, null));
            for (int i = 0; i < 4; i++) {
                // C-Pay answered 503: it may have acted, so each of these is recorded with its outcome unknown
                assertThat(problem(http.postJson("/api/v1/deposits", deposit("failing-" + i)), 503))
                        .containsEntry("outcomeUnknown", true);
            }
            assertThat(app.context().getBean(CpayCallGuard.class).state()).isEqualTo(CircuitBreaker.State.OPEN);
            int sentBefore = sent(app);

            HttpResponse<String> paused = http.postJson("/api/v1/deposits", deposit("while-paused"));

            Map<String, Object> problem = problem(paused, 503);
            assertThat(problem).containsEntry("type", "urn:cpay-platform:problem:cpay-unavailable")
                    .containsEntry("outcomeUnknown", false);
            assertThat((String) problem.get("detail")).contains("paused", "nothing was stored or sent");
            long retryAfter = Long.parseLong(paused.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, 3L);
            assertThat(sent(app)).isEqualTo(sentBefore);
            assertThat(http.get("/api/v1/orders/while-paused", "Authorization", Http.bearer()).statusCode())
                    .isEqualTo(404);
            // a read that needs C-Pay is refused at the gateway the same way
            HttpResponse<String> balances = http.get("/api/v1/balances", "Authorization", Http.bearer());
            assertThat(problem(balances, 503)).containsEntry("outcomeUnknown", false);
            assertThat(balances.headers().firstValue("Retry-After")).isPresent();

            // once the pause is over, the same request goes out as the trial call and closes the breaker
            HttpResponse<String> retried = Await.until(() -> http.postJson("/api/v1/deposits", deposit("while-paused")),
                    answer -> answer.statusCode() != 503, Duration.ofSeconds(10));
            assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
            assertThat(sent(app)).isEqualTo(sentBefore + 1);
            assertThat(app.context().getBean(CpayCallGuard.class).state()).isEqualTo(CircuitBreaker.State.CLOSED);

            String metrics = http.get("/prometheus").body();
            assertThat(metrics).contains("resilience4j_circuitbreaker_state{", "resilience4j_bulkhead_available_concurrent_calls{")
                    .containsPattern("cpay_gateway_calls_seconds_count\\{operation=\"balances\",outcome=\"paused\"\\} 1");
        }
    }

    @Test
    void a_call_over_the_concurrency_limit_is_refused_without_being_sent() throws Exception {
        try (TestApp app = TestApp.start(Map.of("cpay.guard.max-concurrent-calls", "1", "cpay.guard.max-wait", "0s"))) {
            Http http = new Http(app.url());
            CompletableFuture<HttpResponse<String>> slow = occupyTheOnlyCallSlot(app, http);

            HttpResponse<String> refused = http.get("/api/v1/balances", "Authorization", Http.bearer());

            assertThat(problem(refused, 503)).containsEntry("outcomeUnknown", false);
            assertThat((String) problem(refused, 503).get("detail")).contains("too many in flight");
            assertThat(refused.headers().firstValue("Retry-After")).contains("1");
            assertThat(slow.get().statusCode()).isEqualTo(200);
            List<String> balanceCalls = app.simulator().requests().stream()
                    .filter(r -> "getMerchantBalance".equals(r.operation())).map(r -> r.path()).toList();
            assertThat(balanceCalls).hasSize(1);
        }
    }

    @Test
    void a_creation_refused_by_the_guard_after_it_was_recorded_is_closed_and_says_when_to_retry() throws Exception {
        // the pause filter lets a creation through while calls may go out; if the guard refuses its call after the
        // order was recorded (the limit is full here; the breaker may open in between the same way), nothing is sent
        try (TestApp app = TestApp.start(Map.of("cpay.guard.max-concurrent-calls", "1", "cpay.guard.max-wait", "0s"))) {
            Http http = new Http(app.url());
            CompletableFuture<HttpResponse<String>> slow = occupyTheOnlyCallSlot(app, http);

            HttpResponse<String> refused = http.postJson("/api/v1/deposits", deposit("over-the-limit"));

            assertThat(problem(refused, 503)).containsEntry("outcomeUnknown", false)
                    .containsEntry("merchantTradeNo", "over-the-limit");
            assertThat(refused.headers().firstValue("Retry-After")).contains("1");
            assertThat(sent(app)).isZero();
            HttpResponse<String> order = http.get("/api/v1/orders/over-the-limit", "Authorization", Http.bearer());
            assertThat(order.statusCode()).isEqualTo(200);
            assertThat(order.body()).contains("\"status\":\"CLOSED\"");
            assertThat(slow.get().statusCode()).isEqualTo(200);
        }
    }

    /** A balance read C-Pay takes 2 s to answer, holding the one call slot until then. */
    private static CompletableFuture<HttpResponse<String>> occupyTheOnlyCallSlot(TestApp app, Http http) {
        app.simulator().addFault(new FaultSpec("getMerchantBalance", FaultKind.LATENCY, 1, null, 2000L, null, null,
                null));
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(
                () -> http.get("/api/v1/balances", "Authorization", Http.bearer()));
        CpayCallGuard guard = app.context().getBean(CpayCallGuard.class);
        Await.until(() -> guard.availableCalls() == 0, Duration.ofSeconds(10));
        return slow;
    }

    private static int sent(TestApp app) {
        return (int) app.simulator().requests().stream().filter(r -> CREATE_ORDER.equals(r.operation())).count();
    }

    private static String deposit(String tradeNo) {
        return "{\"merchantTradeNo\":\"" + tradeNo + "\",\"userId\":\"guard\",\"cryptoCurrency\":\"USDT\",\"amount\":\"1\"}";
    }
}
