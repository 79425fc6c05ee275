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

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.cpay.platform.app.support.ProblemAnswers.problem;
import static com.cpay.platform.app.support.ProblemAnswers.violations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every failure reaches the caller as application/problem+json with field and rule per violation, Micronaut's own
 * errors included, and never with a stack trace or a repeated value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorAnswersTest {

    private static final String DEPOSIT = "{\"userId\":\"u1\",\"cryptoCurrency\":\"USDT\",\"amount\":\"3\"}";
    private TestApp app;
    private Http http;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("micronaut.server.max-request-size", "65536"));
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

    @Test
    void a_call_without_or_with_a_wrong_token_is_401_even_on_unknown_paths() {
        for (HttpResponse<String> r : List.of(http.get("/api/v1/balances"),
                http.get("/api/v1/balances", "Authorization", "Bearer wrong"),
                http.get("/api/v1/balances", "Authorization", "Basic " + TestApp.TOKEN),
                http.get("/api/v1/no-such-thing"))) {
            Map<String, Object> problem = problem(r, 401);
            assertThat(problem).containsEntry("type", "urn:cpay-platform:problem:unauthorized");
            assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        }
    }

    @Test
    void unknown_routes_and_wrong_methods_are_problems() {
        problem(http.get("/api/v1/no-such-thing", "Authorization", Http.bearer()), 404);
        problem(http.get("/nothing-here"), 404);
        problem(http.send(HttpRequest.newBuilder(app.url().resolve("/api/v1/deposits")).DELETE(),
                "Authorization", Http.bearer()), 405);
    }

    @Test
    void malformed_json_is_400_naming_the_body() {
        Map<String, Object> problem = problem(http.postJson("/api/v1/deposits", "{\"userId\": 4111111111111111"),
                400);
        assertThat(problem).containsEntry("type", "urn:cpay-platform:problem:malformed-request");
        assertThat(problem.toString()).doesNotContain("4111111111111111");
    }

    @Test
    void a_body_breaking_the_api_description_is_400_with_field_and_rule() {
        Map<String, Object> problem = problem(http.postJson("/api/v1/deposits",
                "{\"userId\":\"u1\",\"cryptoCurrency\":\"usdt\",\"amount\":\"1e5\"}"), 400);
        assertThat(violations(problem)).contains(Map.of("field", "amount", "rule", "pattern"),
                Map.of("field", "cryptoCurrency", "rule", "pattern"));
    }

    @Test
    void an_unknown_enum_value_is_400() {
        Map<String, Object> problem = problem(http.postJson("/api/v1/payouts/pix", "{\"userId\":\"u1\",\"amount\":\"5\","
                + "\"currency\":\"BRL\",\"country\":\"BRA\",\"accountType\":\"PHONE\",\"toAccount\":\"x\"}"), 400);
        assertThat(problem).containsEntry("type", "urn:cpay-platform:problem:malformed-request");
    }

    @Test
    void the_idempotency_key_is_required_and_at_most_255_characters() {
        HttpResponse<String> missing = http.post("/api/v1/deposits", DEPOSIT, "Authorization", Http.bearer(),
                "Content-Type", "application/json");
        assertThat(violations(problem(missing, 400))).contains(Map.of("field", "Idempotency-Key", "rule", "required"));
        HttpResponse<String> tooLong = http.postJson("/api/v1/deposits", DEPOSIT, "Idempotency-Key", "k".repeat(256));
        assertThat(violations(problem(tooLong, 400))).contains(Map.of("field", "Idempotency-Key", "rule", "max-length"));
    }

    @Test
    void other_media_types_and_too_large_bodies_are_refused_as_problems() {
        problem(http.postJson("/api/v1/deposits", DEPOSIT, "Content-Type", "text/plain"), 415);
        HttpResponse<String> large = http.postJson("/api/v1/deposits",
                "{\"userId\":\"" + "u".repeat(70_000) + "\"}");
        problem(large, 413);
    }

    @Test
    void a_request_line_or_headers_over_the_limits_are_414_and_431_not_a_large_body() {
        String longQuery = "/api/v1/quotes?sourceCurrency=USDT&targetCurrency=USD&purchaseType=BY_SOURCE_AMOUNT"
                + "&amount=1." + "0".repeat(5_000);
        HttpResponse<String> tooLong = http.get(longQuery, "Authorization", Http.bearer());
        assertThat(problem(tooLong, 414)).containsEntry("type", "urn:cpay-platform:problem:uri-too-long");
        HttpResponse<String> tooLarge = http.get("/api/v1/balances", "Authorization", Http.bearer(),
                "X-Padding", "p".repeat(10_000));
        assertThat(problem(tooLarge, 431)).containsEntry("type", "urn:cpay-platform:problem:headers-too-large");
        // the server reads nothing more on such a connection, and says so: the client's next request goes on a new one
        for (HttpResponse<String> refused : List.of(tooLong, tooLarge)) {
            assertThat(refused.headers().firstValue("Connection")).contains("close");
            assertThat(http.postJson("/api/v1/deposits", DEPOSIT).statusCode()).isEqualTo(201);
        }
    }

    @Test
    void a_broken_business_rule_is_422_with_every_violation() {
        Map<String, Object> problem = problem(http.postJson("/api/v1/deposits",
                "{\"userId\":\"u1\",\"cryptoCurrency\":\"USD\",\"amount\":\"1.123\","
                        + "\"successUrl\":\"ftp://shop.example/ok\"}"), 422);
        assertThat(problem).containsEntry("type", "urn:cpay-platform:problem:rule-violation");
        assertThat(violations(problem)).contains(Map.of("field", "amount", "rule", "max-scale"),
                Map.of("field", "successUrl", "rule", "url"));
        Map<String, Object> unknown = problem(http.postJson("/api/v1/deposits",
                "{\"userId\":\"u1\",\"cryptoCurrency\":\"XYZ\",\"amount\":\"1\"}"), 422);
        assertThat(violations(unknown)).contains(Map.of("field", "cryptoCurrency", "rule", "unknown-asset"));
    }

    @Test
    void an_unknown_order_is_404() {
        Map<String, Object> problem = problem(http.get("/api/v1/orders/nope-1", "Authorization", Http.bearer()), 404);
        assertThat(problem).containsEntry("type", "urn:cpay-platform:problem:not-found");
    }

    @Test
    void a_merchant_trade_no_used_twice_is_409() {
        String body = "{\"userId\":\"u1\",\"cryptoCurrency\":\"USDT\",\"amount\":\"3\",\"merchantTradeNo\":\"dup-"
                + UUID.randomUUID().toString().substring(0, 8) + "\"}";
        assertThat(http.postJson("/api/v1/deposits", body).statusCode()).isEqualTo(201);
        Map<String, Object> problem = problem(http.postJson("/api/v1/deposits", body), 409);
        assertThat(problem).containsEntry("type", "urn:cpay-platform:problem:merchant-trade-no-taken")
                .containsKey("merchantTradeNo");
    }

    @Test
    void a_cpay_refusal_is_502_with_code_message_and_trace_id() {
        app.simulator().addFault(new FaultSpec("createOrder", FaultKind.ENVELOPE_ERROR, 1, null, null, null, 1L,
                "merchant disabled"));
        Map<String, Object> problem = problem(http.postJson("/api/v1/deposits", DEPOSIT), 502);
        assertThat(problem).containsEntry("type", "urn:cpay-platform:problem:cpay-rejected")
                .containsEntry("cpayCode", 1).containsEntry("cpayMsg", "merchant disabled")
                .containsKeys("traceId", "merchantTradeNo");

        app.simulator().addFault(new FaultSpec("getMerchantBalance", FaultKind.ENVELOPE_ERROR, 1, null, null, null,
                90751015L, null));
        Map<String, Object> balances = problem(http.get("/api/v1/balances", "Authorization", Http.bearer()), 502);
        assertThat(balances).containsEntry("cpayCode", 90751015);
    }

    @Test
    void cpay_unavailable_is_503_saying_whether_the_outcome_is_unknown() {
        app.simulator().addFault(new FaultSpec("createOrder", FaultKind.HTTP_ERROR, 1, null, null, 502, null, null));
        Map<String, Object> problem = problem(http.postJson("/api/v1/deposits", DEPOSIT), 503);
        assertThat(problem).containsEntry("type", "urn:cpay-platform:problem:cpay-unavailable")
                .containsEntry("outcomeUnknown", true).containsKey("merchantTradeNo");
    }
}
