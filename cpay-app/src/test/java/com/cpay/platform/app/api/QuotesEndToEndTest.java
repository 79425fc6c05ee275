package com.cpay.platform.app.api;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.sandbox.journal.RequestRecord;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static com.cpay.platform.app.support.ProblemAnswers.problem;
import static com.cpay.platform.app.support.ProblemAnswers.violations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/quotes} through real HTTP against the app with the simulator embedded: both channels (C-Pay
 * getExchangeRate and getExchangeRateForCreditCard) with both purchase types, amounts as exact decimal text, and
 * requests the API description or a business rule refuses, which never reach C-Pay.
 * <p>
 * The simulator's rates are set to the values of the C-Pay document's examples (USDT to BTC 40000.000000, USD to
 * ETH 2999.342), so the rate must come back exactly as written, trailing zeros included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuotesEndToEndTest {

    private TestApp app;
    private Http http;
    private final JsonMapper json = JsonMapper.createDefault();

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("cpay.sandbox.rates", "USDT/BTC=40000.000000,USD/ETH=2999.342"));
        http = new Http(app.url());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private HttpResponse<String> quote(String query) {
        return http.get("/api/v1/quotes?" + query, "Authorization", Http.bearer());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> ok(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return json.readValue(response.body(), Map.class);
    }

    /** The last request the simulator received for this C-Pay operation. */
    private RequestRecord lastCpayCall(String operation) {
        List<RequestRecord> calls = app.simulator().requests().stream()
                .filter(r -> r.operation().equals(operation)).toList();
        assertThat(calls).as("calls of C-Pay " + operation).isNotEmpty();
        return calls.get(calls.size() - 1);
    }

    private long cpayRateCalls() {
        return app.simulator().requests().stream().filter(r -> r.operation().startsWith("getExchangeRate")).count();
    }

    @Test
    void crypto_by_source_amount_asks_get_exchange_rate_and_keeps_the_rate_as_written() throws IOException {
        Map<String, Object> quote = ok(quote(
                "sourceCurrency=USDT&targetCurrency=BTC&purchaseType=BY_SOURCE_AMOUNT&amount=400&channel=CRYPTO"));

        assertThat(quote).containsExactlyInAnyOrderEntriesOf(Map.of("sourceCurrency", "USDT", "targetCurrency", "BTC",
                "purchaseType", "BY_SOURCE_AMOUNT", "amount", "400", "channel", "CRYPTO",
                "exchangeRate", "40000.000000"));
        RequestRecord call = lastCpayCall("getExchangeRate");
        assertThat(call.code()).isZero();
        assertThat(call.parameters()).containsEntry("sourceCurrency", "USDT").containsEntry("targetCurrency", "BTC")
                .containsEntry("purchaseType", "0").containsEntry("amount", "400");
    }

    @Test
    void crypto_by_target_amount_is_the_default_channel_and_names_the_target_amount() throws IOException {
        Map<String, Object> quote = ok(quote(
                "sourceCurrency=USDT&targetCurrency=BTC&purchaseType=BY_TARGET_AMOUNT&amount=0.01234567"));

        assertThat(quote).containsExactlyInAnyOrderEntriesOf(Map.of("sourceCurrency", "USDT", "targetCurrency", "BTC",
                "purchaseType", "BY_TARGET_AMOUNT", "amount", "0.01234567", "channel", "CRYPTO",
                "exchangeRate", "40000.000000"));
        RequestRecord call = lastCpayCall("getExchangeRate");
        assertThat(call.parameters()).containsEntry("purchaseType", "1").containsEntry("amount", "0.01234567");
    }

    @Test
    void card_by_source_amount_asks_the_card_rate_and_answers_what_it_buys() throws IOException {
        Map<String, Object> quote = ok(quote(
                "sourceCurrency=USD&targetCurrency=ETH&purchaseType=BY_SOURCE_AMOUNT&amount=100&channel=CARD"));

        // 100 / 2999.342 = 0.0333406460...: the simulator rounds down to ETH's 8 decimals
        assertThat(quote).containsExactlyInAnyOrderEntriesOf(Map.of("sourceCurrency", "USD", "targetCurrency", "ETH",
                "purchaseType", "BY_SOURCE_AMOUNT", "amount", "100.00", "channel", "CARD",
                "exchangeRate", "2999.342", "amountExchanged", "0.03334064"));
        RequestRecord call = lastCpayCall("getExchangeRateForCreditCard");
        assertThat(call.code()).isZero();
        assertThat(call.parameters()).containsEntry("purchaseType", "0").containsEntry("sourceCurrency", "USD")
                .containsEntry("targetCurrency", "ETH");
    }

    @Test
    void card_by_target_amount_answers_what_it_costs() throws IOException {
        Map<String, Object> quote = ok(quote(
                "sourceCurrency=USD&targetCurrency=ETH&purchaseType=BY_TARGET_AMOUNT&amount=0.5&channel=CARD"));

        // 0.5 * 2999.342 = 1499.671: the simulator rounds up to USD's 2 decimals
        assertThat(quote).containsExactlyInAnyOrderEntriesOf(Map.of("sourceCurrency", "USD", "targetCurrency", "ETH",
                "purchaseType", "BY_TARGET_AMOUNT", "amount", "0.5", "channel", "CARD",
                "exchangeRate", "2999.342", "amountExchanged", "1499.68"));
        assertThat(lastCpayCall("getExchangeRateForCreditCard").parameters()).containsEntry("purchaseType", "1")
                .containsEntry("amount", "0.5");
    }

    @Test
    void values_outside_the_api_description_are_400_naming_the_field_and_reach_no_one() throws IOException {
        long before = cpayRateCalls();
        String valid = "sourceCurrency=USD&targetCurrency=ETH&amount=100";

        assertThat(violations(problem(quote(valid + "&purchaseType=BY_ANY_AMOUNT"), 400)))
                .extracting(v -> v.get("field")).containsExactly("purchaseType");
        assertThat(violations(problem(quote(valid + "&purchaseType=BY_SOURCE_AMOUNT&channel=PAYPAL"), 400)))
                .extracting(v -> v.get("field")).containsExactly("channel");
        assertThat(violations(problem(quote(valid), 400)))
                .contains(Map.of("field", "purchaseType", "rule", "required"));
        assertThat(violations(problem(quote("sourceCurrency=USD&targetCurrency=ETH&purchaseType=BY_SOURCE_AMOUNT"
                + "&amount=1e5"), 400))).contains(Map.of("field", "amount", "rule", "pattern"));
        assertThat(violations(problem(quote("sourceCurrency=usd&targetCurrency=ETH&purchaseType=BY_SOURCE_AMOUNT"
                + "&amount=1"), 400))).contains(Map.of("field", "sourceCurrency", "rule", "pattern"));

        assertThat(cpayRateCalls()).isEqualTo(before);
    }

    @Test
    void business_rules_are_422_naming_the_field_and_reach_no_one() throws IOException {
        long before = cpayRateCalls();

        assertThat(violations(problem(quote("sourceCurrency=USD&targetCurrency=ETH&purchaseType=BY_SOURCE_AMOUNT"
                + "&amount=100.123&channel=CARD"), 422))).contains(Map.of("field", "amount", "rule", "max-scale"));
        assertThat(violations(problem(quote("sourceCurrency=USDT&targetCurrency=USDT&purchaseType=BY_SOURCE_AMOUNT"
                + "&amount=1"), 422))).contains(Map.of("field", "targetCurrency", "rule", "same-asset"));
        assertThat(violations(problem(quote("sourceCurrency=XYZ&targetCurrency=BTC&purchaseType=BY_SOURCE_AMOUNT"
                + "&amount=1"), 422))).contains(Map.of("field", "sourceCurrency", "rule", "unknown-asset"));
        assertThat(violations(problem(quote("sourceCurrency=USDT&targetCurrency=BTC&purchaseType=BY_TARGET_AMOUNT"
                + "&amount=0"), 422))).extracting(v -> v.get("field")).contains("amount");

        assertThat(cpayRateCalls()).isEqualTo(before);
    }

    @Test
    void a_pair_cpay_has_no_rate_for_is_its_refusal() throws IOException {
        Map<String, Object> problem = problem(quote(
                "sourceCurrency=BNB&targetCurrency=TRX&purchaseType=BY_SOURCE_AMOUNT&amount=1&channel=CARD"), 502);
        assertThat(problem).containsEntry("type", "urn:cpay-platform:problem:cpay-rejected").containsKey("cpayCode");
    }

    @Test
    void a_quote_needs_the_bearer_token() throws IOException {
        problem(http.get("/api/v1/quotes?sourceCurrency=USD&targetCurrency=ETH&purchaseType=BY_SOURCE_AMOUNT"
                + "&amount=100"), 401);
    }
}
