package com.cpay.platform.app.e2e;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.LogCapture;
import com.cpay.platform.app.support.Orders;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.client.internal.InternalApiClients;
import com.cpay.platform.client.internal.api.CardOrdersApi;
import com.cpay.platform.client.internal.api.DepositsApi;
import com.cpay.platform.client.internal.invoker.ApiClient;
import com.cpay.platform.client.internal.invoker.ApiException;
import com.cpay.platform.client.internal.model.CardOrderCurrency;
import com.cpay.platform.client.internal.model.CreateCardOrderRequest;
import com.cpay.platform.client.internal.model.CreateDepositRequest;
import com.cpay.platform.client.internal.model.Order;
import com.cpay.platform.client.internal.model.OrderStatus;
import com.cpay.platform.client.internal.model.Problem;
import com.cpay.platform.client.internal.model.ProductLine;
import com.cpay.platform.client.internal.model.Violation;
import com.cpay.platform.sandbox.SandboxControl;
import com.cpay.platform.sandbox.journal.RequestRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * extInfo (docs/decisions.md, decision 23) end to end through real HTTP: a deposit or a hosted card order created with
 * extInfo reaches the embedded simulator with it, signed (the simulator checks every signature over all the
 * parameters it received, known or not); C-Pay's webhook carries it back. extInfo that breaks the rule is
 * refused as problem+json naming the field and the rule, and nothing reaches C-Pay.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtInfoEndToEndTest {

    private static final String EXT_INFO = "{\"cartId\":\"c-77\",\"note\":\"a&b=c+d é\"}";

    private TestApp app;
    private ApiClient client;
    private SandboxControl simulator;
    private Http http;

    @BeforeAll
    void start() {
        app = TestApp.start();
        client = app.client();
        simulator = app.simulator();
        http = new Http(app.url());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    /** The requests the simulator received for this operation and merchantTradeNo. */
    private List<RequestRecord> received(String operation, String tradeNo) {
        return simulator.requests().stream().filter(r -> r.operation().equals(operation))
                .filter(r -> tradeNo.equals(r.parameters().get("merchantTradeNo"))).toList();
    }

    private long count(String operation) {
        return simulator.requests().stream().filter(r -> r.operation().equals(operation)).count();
    }

    @Test
    void a_deposit_with_ext_info_reaches_cpay_with_it_signed_and_comes_back_in_the_webhook() throws ApiException {
        String tradeNo = Orders.tradeNo("ext-dep");
        Order created;

        try (LogCapture logs = new LogCapture()) {
            created = new DepositsApi(client).createDeposit(Orders.key(), new CreateDepositRequest()
                    .userId("test002").merchantTradeNo(tradeNo).cryptoCurrency("USDT").amount("3").extInfo(EXT_INFO));
            assertThat(logs.text()).as("extInfo is never logged").doesNotContain("c-77");
        }

        assertThat(created.getStatus()).isEqualTo(OrderStatus.PENDING);
        List<RequestRecord> sent = received("createOrder", tradeNo);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).parameters()).containsEntry("extInfo", EXT_INFO);
        assertThat(sent.get(0).signature()).isEqualTo("valid");
        assertThat(sent.get(0).refusalReason()).isNull();
        assertThat(sent.get(0).code()).isZero();
        // C-Pay keeps it and sends it back in its notifications (s.15)
        simulator.awaitWebhooks(attempts -> attempts.stream().anyMatch(a -> tradeNo.equals(a.merchantTradeNo())
                && a.body().contains("c-77")), Duration.ofSeconds(20));
        Orders.awaitStatus(client, tradeNo, OrderStatus.COMPLETED);
    }

    @Test
    void a_hosted_card_order_with_ext_info_reaches_cpay_with_it_signed() throws ApiException {
        String tradeNo = Orders.tradeNo("ext-card");

        new CardOrdersApi(client).createCardOrder(Orders.key(), new CreateCardOrderRequest().userId("test002")
                .merchantTradeNo(tradeNo).currency(CardOrderCurrency.USD).amount("2.00")
                .products(List.of(new ProductLine().name("macBook").price("2.00").num(1).currency("USD")))
                .country("US").email("asdf@gmail.com").ip("203.0.113.10").extInfo("{\"cartId\":\"c-78\"}"));

        List<RequestRecord> sent = received("createOrderByCreditCard", tradeNo);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).parameters()).containsEntry("extInfo", "{\"cartId\":\"c-78\"}");
        assertThat(sent.get(0).signature()).isEqualTo("valid");
        assertThat(sent.get(0).refusalReason()).isNull();
    }

    @Test
    void a_deposit_with_empty_ext_info_sends_no_ext_info() throws ApiException {
        String tradeNo = Orders.tradeNo("ext-empty");

        new DepositsApi(client).createDeposit(Orders.key(), new CreateDepositRequest().userId("test002")
                .merchantTradeNo(tradeNo).cryptoCurrency("USDT").amount("1").extInfo(""));

        List<RequestRecord> sent = received("createOrder", tradeNo);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).parameters()).doesNotContainKey("extInfo");
        assertThat(sent.get(0).signature()).isEqualTo("valid");
    }

    static Stream<Arguments> brokenExtInfo() {
        return Stream.of(
                Arguments.of("a JSON array", "[{\"cartId\":\"c-77\"}]", 422, "json-object"),
                Arguments.of("a JSON string", "\"cartId c-77\"", 422, "json-object"),
                Arguments.of("broken JSON", "{\"cartId\":\"c-77\"", 422, "json-object"),
                Arguments.of("not JSON at all", "cartId=c-77", 422, "json-object"),
                Arguments.of("a line break", "{\"cartId\":\n\"c-77\"}", 422, "control-character"),
                Arguments.of("257 characters", "{\"k\":\"" + "x".repeat(257 - 8) + "\"}", 400, "max-length"));
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("brokenExtInfo")
    void a_deposit_with_ext_info_that_breaks_the_rule_is_refused_naming_the_field_and_sends_nothing(
            String what, String extInfo, int status, String rule) {
        String tradeNo = Orders.tradeNo("ext-bad");
        String value = "\"" + extInfo.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        long before = count("createOrder");

        HttpResponse<String> answer;

        try (LogCapture logs = new LogCapture()) {
            answer = http.postJson("/api/v1/deposits", """
                    {"userId":"test002","merchantTradeNo":"%s","cryptoCurrency":"USDT","amount":"3","extInfo":%s}"""
                    .formatted(tradeNo, value));
            assertThat(logs.text()).as("extInfo is never logged").doesNotContain("c-77", "xxxxxxxx");
        }

        assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"field\":\"extInfo\"", "\"rule\":\"" + rule + "\"")
                .doesNotContain("c-77", "xxxxxxxx");
        assertThat(count("createOrder")).isEqualTo(before);
        assertThat(http.get("/api/v1/orders/" + tradeNo, "Authorization", Http.bearer()).statusCode()).isEqualTo(404);
    }

    @Test
    void a_card_order_with_ext_info_that_is_no_json_object_is_refused_and_never_sent() {
        long before = count("createOrderByCreditCard");

        ApiException refused = catchThrowableOfType(ApiException.class, () -> new CardOrdersApi(client)
                .createCardOrder(Orders.key(), new CreateCardOrderRequest().userId("test002")
                        .merchantTradeNo(Orders.tradeNo("ext-card-bad")).currency(CardOrderCurrency.USD)
                        .amount("2.00")
                        .products(List.of(new ProductLine().name("macBook").price("2.00").num(1).currency("USD")))
                        .country("US").email("asdf@gmail.com").ip("203.0.113.10").extInfo("cartId=c-78")));

        assertThat(refused.getCode()).isEqualTo(422);
        Problem problem = InternalApiClients.problem(client, refused).orElseThrow();
        assertThat(problem.getViolations()).extracting(Violation::getField, Violation::getRule)
                .containsExactly(tuple("extInfo", "json-object"));
        assertThat(count("createOrderByCreditCard")).isEqualTo(before);
    }
}
