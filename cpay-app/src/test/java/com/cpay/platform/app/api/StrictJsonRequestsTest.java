package com.cpay.platform.app.api;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.ProblemAnswers;
import com.cpay.platform.app.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.cpay.platform.app.support.ProblemAnswers.violations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Strict JSON" of internal-api.yaml over real HTTP: a body another reader could see differently (a key twice,
 * text after the value, a number where the document says string, a fraction where it says integer, a null item,
 * a property it does not describe) is 400 naming the field and the rule, on every endpoint with a body; nothing is
 * sent to C-Pay, and the Idempotency-Key stays free for the corrected request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictJsonRequestsTest {

    private static final String DEPOSIT = "{\"userId\":\"strict-user\",\"cryptoCurrency\":\"USDT\",\"amount\":\"3\"}";
    private static final String PIX = "{\"userId\":\"1001\",\"amount\":\"5\",\"currency\":\"BRL\",\"country\":\"BRA\","
            + "\"accountType\":\"CPF_CNPJ\",\"toAccount\":\"123.456.789-09\"}";
    private static final String PAYOUT = "{\"userId\":\"2345\",\"cryptoCurrency\":\"USDT\","
            + "\"network\":\"TRON(TRC-20)\","
            + "\"toAddress\":\"TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw\",\"totalAmount\":\"10\",\"receivedAmount\":\"9\"}";
    private static final String EXCHANGE = "{\"userId\":\"x-1\",\"sourceCurrency\":\"USDT\",\"sourceAmount\":\"4\","
            + "\"targetCurrency\":\"ETH\"}";
    private static final String PRODUCT = "{\"name\":\"macBook\",\"price\":\"2.00\",\"num\":1,\"currency\":\"USD\"}";
    private static final String PAN = "4111111111111111";

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

    private static String cardOrder(String products) {
        return "{\"userId\":\"card-user\",\"currency\":\"USD\",\"amount\":\"2.00\",\"products\":" + products
                + ",\"country\":\"US\",\"email\":\"asdf@gmail.com\",\"ip\":\"203.0.113.10\"}";
    }

    private static String cardPayment(String card, String products) {
        return "{\"userId\":\"card-user\",\"currency\":\"USD\",\"amount\":\"2.00\",\"card\":" + card + ","
                + "\"cardholder\":{\"firstName\":\"hart\",\"lastName\":\"lee\",\"email\":\"asdf@gmail.com\","
                + "\"iddCode\":\"353\",\"mobile\":\"712345678\"},"
                + "\"billingAddress\":{\"addressLine\":\"Grafton-Street.1\",\"country\":\"IE\",\"city\":\"Dublin\","
                + "\"zip\":\"D02X285\"},"
                + "\"browser\":{\"clientHttpAccept\":\"text/html\",\"clientHttpUserAgent\":\"Mozilla/5.0\","
                + "\"ip\":\"203.0.113.10\"},\"products\":" + products + "}";
    }

    private static String card() {
        return "{\"cardNumber\":\"" + PAN + "\",\"cvv\":\"123\",\"expDate\":\"12/39\"}";
    }

    private static String kyc(String users) {
        return "{\"users\":" + users + "}";
    }

    private static String kycUser(String userId) {
        return "{\"userId\":\"" + userId + "\",\"firstName\":\"hart\",\"lastName\":\"lee\",\"birthday\":\"1987-05-01\","
                + "\"gender\":\"MALE\",\"country\":\"RU\",\"iddCode\":\"7\",\"personalCode\":\"12341234123\","
                + "\"certificateDateStart\":\"2008-01-01\",\"certificateDateEnd\":\"2038-01-01\","
                + "\"idCardUrls\":[\"https://files.merchant.example/kyc/" + userId + "/id.jpg\"],"
                + "\"email\":\"asdf@gmail.com\",\"mobile\":\"23452345\"}";
    }

    @Test
    void a_key_written_twice_is_400_duplicate_key() {
        assertRefused("/api/v1/deposits", DEPOSIT.replace("\"amount\":\"3\"", "\"amount\":\"3\",\"amount\":\"3000\""),
                "amount", "duplicate-key");
        assertRefused("/api/v1/payouts/pix", PIX.replace("\"toAccount\"", "\"toAccount\":\"x\",\"toAccount\""),
                "toAccount", "duplicate-key");
        assertRefused("/api/v1/card-orders", cardOrder("[" + PRODUCT.replace("\"num\":1", "\"num\":1,\"num\":5")
                + "]"), "products[0].num", "duplicate-key");
    }

    @Test
    void content_after_the_json_value_is_400_trailing_content() {
        assertRefused("/api/v1/deposits", DEPOSIT + "{\"amount\":\"3000\"}", "body", "trailing-content");
        assertRefused("/api/v1/exchanges", EXCHANGE + " x", "body", "trailing-content");
        assertRefused("/api/v1/kyc-batches", kyc("[" + kycUser("k-0") + "]") + "]", "body", "trailing-content");
    }

    @Test
    void a_body_that_is_no_json_is_400_json() {
        Map<String, Object> problem = assertRefused("/api/v1/card-payments",
                "{\"card\":{\"cardNumber\":" + PAN, "body", "json");
        assertThat(problem).containsEntry("detail", "The body is not valid JSON.");
    }

    @Test
    void a_json_number_where_the_document_says_string_is_400_type() {
        assertRefused("/api/v1/deposits", DEPOSIT.replace("\"amount\":\"3\"", "\"amount\":3"), "amount", "type");
        assertRefused("/api/v1/payouts/crypto", PAYOUT.replace("\"totalAmount\":\"10\"", "\"totalAmount\":10.0"),
                "totalAmount", "type");
        assertRefused("/api/v1/payouts/pix", PIX.replace("\"userId\":\"1001\"", "\"userId\":1001"), "userId", "type");
    }

    @Test
    void a_fraction_where_the_document_says_integer_is_400_integer() {
        String half = "[" + PRODUCT.replace("\"num\":1", "\"num\":1.5") + "]";
        assertRefused("/api/v1/card-orders", cardOrder(half), "products[0].num", "integer");
        assertRefused("/api/v1/card-payments", cardPayment(card(), half), "products[0].num", "integer");
    }

    @Test
    void a_null_item_is_400_not_null_and_never_a_server_error() {
        assertRefused("/api/v1/kyc-batches", kyc("[null]"), "users[0]", "not-null");
        assertRefused("/api/v1/card-orders", cardOrder("[null]"), "products[0]", "not-null");
        assertRefused("/api/v1/card-payments", cardPayment(card(), "[" + PRODUCT + ",null]"), "products[1]",
                "not-null");
    }

    @Test
    void a_property_the_document_does_not_describe_is_400_unknown_property() {
        assertRefused("/api/v1/deposits", DEPOSIT.replace("\"userId\"", "\"merchantTradeNumber\":\"d-1\",\"userId\""),
                "merchantTradeNumber", "unknown-property");
        Map<String, Object> problem = assertRefused("/api/v1/card-payments",
                cardPayment(card().replace("\"cvv\"", "\"pin\":\"1234\",\"cvv\""), "[" + PRODUCT + "]"),
                "card.pin", "unknown-property");
        assertThat(problem.toString()).doesNotContain(PAN).doesNotContain("1234");
        assertRefused("/api/v1/orders/no-such-order/resubmit", "{\"reason\":\"checked\",\"force\":true}", "force",
                "unknown-property");
    }

    @Test
    void a_required_property_given_as_null_is_400_required_and_an_optional_null_is_left_out() {
        assertRefused("/api/v1/exchanges", EXCHANGE.replace("\"userId\":\"x-1\"", "\"userId\":null"), "userId",
                "required");
        HttpResponse<String> optionalNull = http.postJson("/api/v1/deposits",
                DEPOSIT.replace("{", "{\"merchantTradeNo\":null,\"successUrl\":null,"));
        assertThat(optionalNull.statusCode()).as(optionalNull.body()).isEqualTo(201);
    }

    @Test
    void every_violation_is_listed_at_once() {
        HttpResponse<String> response = http.postJson("/api/v1/card-orders", "{\"userId\":\"u\",\"currency\":\"USD\","
                + "\"amount\":2,\"products\":[null],\"country\":\"US\",\"email\":\"a@b.example\","
                + "\"ip\":\"203.0.113.10\",\"colour\":\"red\"}");
        Map<String, Object> problem = problem(response);

        assertThat(violations(problem)).containsExactlyInAnyOrder(Map.of("field", "amount", "rule", "type"),
                Map.of("field", "products[0]", "rule", "not-null"),
                Map.of("field", "colour", "rule", "unknown-property"));
        assertThat(problem).containsEntry("detail", "3 fields do not match the API description.");
    }

    @Test
    void the_token_is_checked_first_and_other_content_types_are_left_to_the_route() {
        HttpResponse<String> noToken = http.post("/api/v1/kyc-batches", kyc("[null]"), "Content-Type",
                "application/json", "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(noToken.statusCode()).isEqualTo(401);
        HttpResponse<String> text = http.postJson("/api/v1/kyc-batches", kyc("[null]"), "Content-Type", "text/plain");
        assertThat(text.statusCode()).isEqualTo(415);
    }

    @Test
    void a_refused_body_leaves_its_idempotency_key_to_the_corrected_request() {
        // strict JSON (null items, trailing content), and a pattern of Bean Validation for comparison
        List<String[]> cases = List.of(
                new String[] {"/api/v1/kyc-batches", kyc("[null]"), kyc("[" + kycUser("k-" + UUID.randomUUID()
                        .toString().substring(0, 8)) + "]"), "200"},
                new String[] {"/api/v1/card-orders", cardOrder("[null]"), cardOrder("[" + PRODUCT + "]"), "201"},
                new String[] {"/api/v1/card-payments", cardPayment(card(), "[null]"),
                        cardPayment(card(), "[" + PRODUCT + "]"), "201"},
                new String[] {"/api/v1/deposits", DEPOSIT + "x", DEPOSIT, "201"},
                new String[] {"/api/v1/deposits", DEPOSIT.replace("\"3\"", "\"1e5\""), DEPOSIT, "201"});
        for (String[] c : cases) {
            String key = UUID.randomUUID().toString();
            HttpResponse<String> refused = http.postJson(c[0], c[1], "Idempotency-Key", key);
            assertThat(refused.statusCode()).as(c[0] + " " + refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Idempotent-Replayed")).as("never ran under the key").isEmpty();

            HttpResponse<String> corrected = http.postJson(c[0], c[2], "Idempotency-Key", key);
            assertThat(corrected.statusCode()).as(c[0] + " " + corrected.body()).isEqualTo(Integer.parseInt(c[3]));
            assertThat(corrected.headers().firstValue("Idempotent-Replayed")).contains("false");

            HttpResponse<String> again = http.postJson(c[0], c[2], "Idempotency-Key", key);
            assertThat(again.statusCode()).isEqualTo(corrected.statusCode());
            assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
            assertThat(again.body()).isEqualTo(corrected.body());
        }
    }

    private Map<String, Object> assertRefused(String path, String body, String field, String rule) {
        long sent = app.simulator().requests().size();
        Map<String, Object> problem = problem(http.postJson(path, body));
        assertThat(violations(problem)).as(path).contains(Map.of("field", field, "rule", rule));
        assertThat(app.simulator().requests()).as("nothing reaches C-Pay").hasSize((int) sent);
        return problem;
    }

    private static Map<String, Object> problem(HttpResponse<String> response) {
        Map<String, Object> problem = ProblemAnswers.problem(response, 400);
        assertThat(problem).containsEntry("type", "urn:cpay-platform:problem:malformed-request");
        return problem;
    }
}
