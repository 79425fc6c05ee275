package com.cpay.platform.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.app.support.CardPayments;
import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.LogCapture;
import com.cpay.platform.app.support.Orders;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.client.internal.api.CardOrdersApi;
import com.cpay.platform.client.internal.api.DepositsApi;
import com.cpay.platform.client.internal.api.EventsApi;
import com.cpay.platform.client.internal.api.ExchangesApi;
import com.cpay.platform.client.internal.api.OrdersApi;
import com.cpay.platform.client.internal.api.PayoutsApi;
import com.cpay.platform.client.internal.invoker.ApiClient;
import com.cpay.platform.client.internal.invoker.ApiException;
import com.cpay.platform.client.internal.model.CardOrderCurrency;
import com.cpay.platform.client.internal.model.CreateCardOrderRequest;
import com.cpay.platform.client.internal.model.CreateCryptoPayoutRequest;
import com.cpay.platform.client.internal.model.CreateDepositRequest;
import com.cpay.platform.client.internal.model.CreateExchangeRequest;
import com.cpay.platform.client.internal.model.CreatePixPayoutRequest;
import com.cpay.platform.client.internal.model.Event;
import com.cpay.platform.client.internal.model.EventPage;
import com.cpay.platform.client.internal.model.EventType;
import com.cpay.platform.client.internal.model.Order;
import com.cpay.platform.client.internal.model.OrderStatus;
import com.cpay.platform.client.internal.model.PixAccountType;
import com.cpay.platform.client.internal.model.ProductLine;
import com.cpay.platform.sandbox.SandboxControl;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An order's {@code metadata} through real HTTP: given on every create, answered with the order, read back, carried
 * in the order's events, never sent to C-Pay; beyond its limits (too many keys, a bad key, a long value, a value that
 * is not a string, a card number) it is 400 problem+json naming {@code metadata} or {@code metadata.<key>} and the
 * rule, and nothing is stored or sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetadataEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAN = "4111111111111111";
    private static final String TRON_ADDRESS = "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw";

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

    private static Map<String, String> metadata(String cart) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("zeta", "last");
        metadata.put("cart.id", cart);
        metadata.put("note", "a \"quoted\" note, é");
        return metadata;
    }

    @Test
    void a_deposit_keeps_its_metadata_answers_it_reads_it_back_and_carries_it_in_its_events() throws Exception {
        String tradeNo = Orders.tradeNo("meta-dep");
        Map<String, String> given = metadata("c-101");

        Order created = new DepositsApi(client).createDeposit(Orders.key(), new CreateDepositRequest()
                .userId("meta-user").merchantTradeNo(tradeNo).cryptoCurrency("USDT").amount("3").metadata(given));

        assertThat(created.getMetadata()).containsExactly(Map.entry("cart.id", "c-101"),
                Map.entry("note", "a \"quoted\" note, é"), Map.entry("zeta", "last"));
        assertThat(new OrdersApi(client).getOrder(tradeNo).getMetadata()).isEqualTo(created.getMetadata());
        assertThat(simulator.requests().stream().filter(r -> tradeNo.equals(r.parameters().get("merchantTradeNo"))))
                .as("metadata is never sent to C-Pay").isNotEmpty()
                .allSatisfy(r -> assertThat(r.parameters().values()).noneMatch(v -> v.contains("c-101")));
        Order completed = Orders.awaitStatus(client, tradeNo, OrderStatus.COMPLETED);
        assertThat(completed.getMetadata()).isEqualTo(created.getMetadata());

        List<Event> events = eventsOf(tradeNo);
        assertThat(events).extracting(Event::getType).contains(EventType.ORDER_CREATED,
                EventType.ORDER_STATUS_CHANGED);
        assertThat(events).allSatisfy(e -> assertThat(e.getData().getMetadata()).isEqualTo(created.getMetadata()));
    }

    @Test
    void every_order_creating_operation_keeps_metadata() throws Exception {
        String payout = Orders.tradeNo("meta-pay");
        new PayoutsApi(client).createCryptoPayout(Orders.key(), new CreateCryptoPayoutRequest().userId("2345")
                .merchantTradeNo(payout).cryptoCurrency("USDT").network("TRON(TRC-20)").toAddress(TRON_ADDRESS)
                .totalAmount("1.5").receivedAmount("1.5").metadata(Map.of("kind", "payout")));
        String pix = Orders.tradeNo("meta-pix");
        new PayoutsApi(client).createPixPayout(Orders.key(), new CreatePixPayoutRequest().merchantTradeNo(pix)
                .userId("1001").amount("5").currency("BRL").country("BRA").accountType(PixAccountType.CPF_CNPJ)
                .toAccount("123.456.789-09").metadata(Map.of("kind", "pix")));
        String exchange = Orders.tradeNo("meta-ex");
        new ExchangesApi(client).createExchange(Orders.key(), new CreateExchangeRequest().userId("xxx-1001")
                .merchantTradeNo(exchange).sourceCurrency("USDT").sourceAmount("4").targetCurrency("BTC")
                .metadata(Map.of("kind", "exchange")));
        String card = Orders.tradeNo("meta-card");
        new CardOrdersApi(client).createCardOrder(Orders.key(), new CreateCardOrderRequest().userId("test002")
                .merchantTradeNo(card).currency(CardOrderCurrency.USD).amount("2.00")
                .products(List.of(new ProductLine().name("macBook").price("2.00").num(1).currency("USD")))
                .country("US").email("asdf@gmail.com").ip("203.0.113.10").metadata(Map.of("kind", "hosted")));
        String direct = Orders.tradeNo("meta-pwpp");
        HttpResponse<String> paid = http.postJson("/api/v1/card-payments", cardPayment(direct, PAN,
                "\"metadata\":{\"kind\":\"direct\"}"));
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);

        OrdersApi orders = new OrdersApi(client);
        assertThat(orders.getOrder(payout).getMetadata()).containsExactly(Map.entry("kind", "payout"));
        assertThat(orders.getOrder(pix).getMetadata()).containsExactly(Map.entry("kind", "pix"));
        assertThat(orders.getOrder(exchange).getMetadata()).containsExactly(Map.entry("kind", "exchange"));
        assertThat(orders.getOrder(card).getMetadata()).containsExactly(Map.entry("kind", "hosted"));
        assertThat(orders.getOrder(direct).getMetadata()).containsExactly(Map.entry("kind", "direct"));
    }

    @Test
    void an_order_without_metadata_shows_none() throws Exception {
        String tradeNo = Orders.tradeNo("meta-none");
        new DepositsApi(client).createDeposit(Orders.key(), new CreateDepositRequest().userId("meta-user")
                .merchantTradeNo(tradeNo).cryptoCurrency("USDT").amount("1"));

        HttpResponse<String> read = http.get("/api/v1/orders/" + tradeNo, "Authorization", Http.bearer());
        assertThat(JSON.readTree(read.body()).has("metadata")).isFalse();
    }

    static Stream<Arguments> brokenMetadata() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= 20; i++) {
            many.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"v\"");
        }
        return Stream.of(
                Arguments.of("21 keys", "{" + many + "}", "metadata", "max-properties"),
                Arguments.of("a key with a space", "{\"cart id\":\"v\"}", "metadata.cart id", "key-pattern"),
                Arguments.of("a key of 41 characters", "{\"" + "k".repeat(41) + "\":\"v\"}",
                        "metadata." + "k".repeat(41), "key-pattern"),
                Arguments.of("a value of 501 characters", "{\"long\":\"" + "x".repeat(501) + "\"}", "metadata.long",
                        "max-length"),
                Arguments.of("a number", "{\"count\":3}", "metadata.count", "type"),
                Arguments.of("an object", "{\"nested\":{\"a\":\"b\"}}", "metadata.nested", "type"),
                Arguments.of("null", "{\"gone\":null}", "metadata.gone", "not-null"),
                Arguments.of("a line break", "{\"line\":\"a\\nb\"}", "metadata.line", "control-character"),
                Arguments.of("a card number", "{\"ref\":\"" + PAN + "\"}", "metadata.ref", "card-number"),
                Arguments.of("a grouped card number", "{\"ref\":\"card 4111 1111 1111 1111 of Bob\"}",
                        "metadata.ref", "card-number"),
                Arguments.of("a key holding a card number", "{\"card-" + PAN + "\":\"v\"}", "metadata", "card-number"),
                Arguments.of("an array", "[\"a\"]", "metadata", "type"));
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("brokenMetadata")
    void metadata_beyond_its_limits_is_400_naming_the_field_and_rule_and_nothing_is_stored_or_sent(String what,
            String metadata, String field, String rule) throws Exception {
        String tradeNo = Orders.tradeNo("meta-bad");
        long before = count("createOrder");
        HttpResponse<String> answer;

        try (LogCapture logs = new LogCapture()) {
            answer = http.postJson("/api/v1/deposits", """
                    {"userId":"meta-user","merchantTradeNo":"%s","cryptoCurrency":"USDT","amount":"3","metadata":%s}"""
                    .formatted(tradeNo, metadata));
            assertThat(logs.text()).as("a card number is never logged").doesNotContain(PAN, "4111 1111 1111");
        }

        assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asText()).isEqualTo("urn:cpay-platform:problem:malformed-request");
        List<String> violations = new ArrayList<>();
        problem.path("violations").forEach(v -> violations.add(v.path("field").asText() + " " + v.path("rule")
                .asText()));
        assertThat(violations).as(what).containsExactly(field + " " + rule);
        assertThat(answer.body()).doesNotContain(PAN, "4111 1111 1111", "xxxxxxxxxx");
        assertThat(count("createOrder")).isEqualTo(before);
        assertThat(http.get("/api/v1/orders/" + tradeNo, "Authorization", Http.bearer()).statusCode()).isEqualTo(404);
    }

    @Test
    void a_card_payment_whose_metadata_holds_the_card_number_is_refused_and_nothing_is_sent() throws Exception {
        String tradeNo = Orders.tradeNo("meta-pwpp-bad");
        long before = count("pwpp");

        HttpResponse<String> answer = http.postJson("/api/v1/card-payments", cardPayment(tradeNo, PAN,
                "\"metadata\":{\"copy\":\"" + PAN.substring(0, 8) + "-" + PAN.substring(8) + "\"}"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"metadata.copy\"", "\"rule\":\"card-number\"")
                .doesNotContain(PAN.substring(0, 8));
        assertThat(count("pwpp")).isEqualTo(before);
    }

    private long count(String operation) {
        return simulator.requests().stream().filter(r -> r.operation().equals(operation)).count();
    }

    private static String cardPayment(String tradeNo, String pan, String extra) {
        return CardPayments.body(pan, "737", "12/39", "19.01", "\"merchantTradeNo\":\"" + tradeNo + "\"," + extra);
    }

    private List<Event> eventsOf(String tradeNo) throws ApiException {
        EventsApi events = new EventsApi(client);
        List<Event> found = new ArrayList<>();
        String cursor = null;
        EventPage page;
        do {
            page = events.listEvents(cursor, null, 500);
            page.getItems().stream().filter(e -> tradeNo.equals(e.getMerchantTradeNo())).forEach(found::add);
            cursor = page.getNextCursor();
        } while (Boolean.TRUE.equals(page.getHasMore()));
        return found;
    }
}
