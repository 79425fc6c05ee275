package com.cpay.platform.client.internal;

import com.cpay.platform.client.internal.api.CardPaymentsApi;
import com.cpay.platform.client.internal.api.DepositsApi;
import com.cpay.platform.client.internal.api.OrdersApi;
import com.cpay.platform.client.internal.invoker.ApiClient;
import com.cpay.platform.client.internal.invoker.ApiException;
import com.cpay.platform.client.internal.model.BillingAddress;
import com.cpay.platform.client.internal.model.BrowserClient;
import com.cpay.platform.client.internal.model.CardData;
import com.cpay.platform.client.internal.model.CardPaymentCurrency;
import com.cpay.platform.client.internal.model.CardPaymentResult;
import com.cpay.platform.client.internal.model.Cardholder;
import com.cpay.platform.client.internal.model.CreateCardPaymentRequest;
import com.cpay.platform.client.internal.model.CreateDepositRequest;
import com.cpay.platform.client.internal.model.EventSource;
import com.cpay.platform.client.internal.model.Order;
import com.cpay.platform.client.internal.model.OrderKind;
import com.cpay.platform.client.internal.model.OrderPage;
import com.cpay.platform.client.internal.model.OrderStatus;
import com.cpay.platform.client.internal.model.Problem;
import com.cpay.platform.client.internal.model.ProductLine;
import com.cpay.platform.client.internal.model.ReportOutcome;
import com.cpay.platform.client.internal.model.ReportedStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The generated client against a JDK HTTP server on loopback: what it sends, and what it reads back. */
@DisplayName("The generated internal API client")
class InternalClientTest {

    private static final String TOKEN = "dev-token-7f3a";

    /** A created deposit as the API answers it, with a field this client does not know yet. */
    private static final String ORDER = """
            {
              "merchantTradeNo": "dep-20261125-0001",
              "cpayOrderId": "221116112637772768014",
              "kind": "CRYPTO_DEPOSIT",
              "userId": "test002",
              "status": "PENDING",
              "createdAt": "2026-11-25T10:15:30Z",
              "updatedAt": "2026-11-25T10:15:31Z",
              "reportedAmounts": {"currency": "USDT", "orderAmount": "3.10000001", "receivedAmount": "3.10000001"},
              "needsReview": false,
              "reviewNotes": [],
              "history": [{"from": "PENDING", "to": "PENDING", "rawCode": "0", "reportedStatus": "PENDING",
                           "source": "CREATE_RESPONSE", "outcome": "DUPLICATE", "at": "2026-11-25T10:15:31Z"}],
              "cryptoDeposit": {"cryptoCurrency": "USDT", "amount": "3.10000001",
                                "cashierUrl": "https://cashier.cpay.ltd/payment?orderId=221116112637772768014"},
              "addedInALaterVersion": {"any": "thing"}
            }
            """;

    private static final String PROBLEM = """
            {"type": "urn:cpay-platform:problem:rule-violation", "title": "The request breaks a business rule",
             "status": 422, "detail": "1 rule is broken.", "instance": "/api/v1/deposits",
             "violations": [{"field": "amount", "rule": "max-scale", "message": "amount must have at most 8 decimals for USDT"}]}
            """;

    private static final String CARD_PAYMENT = """
            {"merchantTradeNo": "h2h-0001", "cpayOrderId": "230303100653358209014", "status": "PENDING",
             "currency": "USD", "requestedAmount": "19.011", "chargedAmount": "19.01", "roundedOff": "0.001",
             "rounded": true, "maskedCardNumber": "411111******1111",
             "pageData": "<!DOCTYPE html><html lang=\\"en\\">...</html>"}
            """;

    private final ObjectMapper json = new ObjectMapper();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ApiClient client;
    private volatile Reply reply;

    record Recorded(String method, String path, String query, String authorization, String idempotencyKey,
                    String contentType, String body) {
    }

    record Reply(int status, String contentType, String body) {
    }

    @BeforeEach
    void start_a_loopback_server() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        URI base = URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
        client = InternalApiClients.create(base, TOKEN);
    }

    @AfterEach
    void stop_the_server() {
        server.stop(0);
    }

    @Test
    @DisplayName("creates a deposit: POST with the bearer token, the Idempotency-Key and the JSON body; reads the order back")
    void creates_a_deposit_and_reads_the_order() throws Exception {
        reply = new Reply(201, "application/json", ORDER);
        CreateDepositRequest deposit = new CreateDepositRequest()
                .userId("test002")
                .merchantTradeNo("dep-20261125-0001")
                .cryptoCurrency("USDT")
                .amount("3.10000001")
                .callbackUrl(URI.create("https://payments.merchant.example/cpay/webhooks"));

        Order order = new DepositsApi(client).createDeposit("5f0c6f7e-8a39-4b52-9a55-3f8f0d3a2c11", deposit);

        Recorded sent = requests.get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/api/v1/deposits");
        assertThat(sent.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(sent.idempotencyKey()).isEqualTo("5f0c6f7e-8a39-4b52-9a55-3f8f0d3a2c11");
        assertThat(sent.contentType()).isEqualTo("application/json");
        JsonNode body = json.readTree(sent.body());
        // the generated model starts its metadata as an empty map and sends it; the API reads {} as no metadata
        assertThat(body).isEqualTo(json.readTree("""
                {"userId": "test002", "merchantTradeNo": "dep-20261125-0001", "cryptoCurrency": "USDT",
                 "amount": "3.10000001", "callbackUrl": "https://payments.merchant.example/cpay/webhooks",
                 "metadata": {}}
                """));
        assertThat(body.get("amount").isTextual()).as("the amount travels as text, exact").isTrue();

        assertThat(order.getMerchantTradeNo()).isEqualTo("dep-20261125-0001");
        assertThat(order.getKind()).isEqualTo(OrderKind.CRYPTO_DEPOSIT);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2026-11-25T10:15:30Z"));
        assertThat(order.getReportedAmounts().getOrderAmount()).isEqualTo("3.10000001");
        assertThat(order.getCryptoDeposit().getCashierUrl())
                .isEqualTo(URI.create("https://cashier.cpay.ltd/payment?orderId=221116112637772768014"));
        assertThat(order.getHistory()).singleElement().satisfies(change -> {
            assertThat(change.getReportedStatus()).isEqualTo(ReportedStatus.PENDING);
            assertThat(change.getSource()).isEqualTo(EventSource.CREATE_RESPONSE);
            assertThat(change.getOutcome()).isEqualTo(ReportOutcome.DUPLICATE);
        });
        assertThat(order.getPixPayout()).isNull();
    }

    @Test
    @DisplayName("reads an order by its number: GET with the token and no Idempotency-Key")
    void reads_an_order_without_an_idempotency_key() throws Exception {
        reply = new Reply(200, "application/json", ORDER);

        Order order = new OrdersApi(client).getOrder("dep-20261125-0001");

        Recorded sent = requests.get(0);
        assertThat(sent.method()).isEqualTo("GET");
        assertThat(sent.path()).isEqualTo("/api/v1/orders/dep-20261125-0001");
        assertThat(sent.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(sent.idempotencyKey()).isNull();
        assertThat(order.getCpayOrderId()).isEqualTo("221116112637772768014");
    }

    @Test
    @DisplayName("lists orders with readable enum names, an RFC 3339 instant and the page size in the query")
    void lists_orders_with_filters_in_the_query() throws Exception {
        reply = new Reply(200, "application/json", "{\"items\": [" + ORDER + "], \"nextCursor\": \"abc\"}");

        OrderPage page = new OrdersApi(client).listOrders(OrderStatus.PENDING, OrderKind.PIX_PAYOUT, null,
                OffsetDateTime.parse("2026-11-01T00:00:00Z"), null, null, null, null, null, null, 50);

        assertThat(requests.get(0).path()).isEqualTo("/api/v1/orders");
        assertThat(requests.get(0).query()).isEqualTo("status=PENDING&kind=PIX_PAYOUT&createdFrom=2026-11-01T00%3A00%3A00Z&limit=50");
        assertThat(page.getItems()).hasSize(1);
        assertThat(page.getNextCursor()).isEqualTo("abc");
    }

    @Test
    @DisplayName("turns a problem answer into an ApiException whose problem details can be read")
    void reads_the_problem_of_a_refused_call() {
        reply = new Reply(422, "application/problem+json", PROBLEM);
        CreateDepositRequest deposit = new CreateDepositRequest().userId("test002").cryptoCurrency("USDT").amount("1");

        ApiException failure = catchThrowableOfType(ApiException.class,
                () -> new DepositsApi(client).createDeposit("key-2", deposit));

        assertThat(failure.getCode()).isEqualTo(422);
        Problem problem = InternalApiClients.problem(client, failure).orElseThrow();
        assertThat(problem.getType()).isEqualTo("urn:cpay-platform:problem:rule-violation");
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getViolations()).singleElement().satisfies(v -> {
            assertThat(v.getField()).isEqualTo("amount");
            assertThat(v.getRule()).isEqualTo("max-scale");
        });
    }

    @Test
    @DisplayName("sends the card data of a direct payment, yet never prints it")
    void sends_card_data_but_never_prints_it() throws Exception {
        reply = new Reply(201, "application/json", CARD_PAYMENT);
        CreateCardPaymentRequest payment = new CreateCardPaymentRequest()
                .userId("test002").currency(CardPaymentCurrency.USD).amount("19.011")
                .card(new CardData().cardNumber("4111111111111111").cvv("737").expDate("12/27"))
                .cardholder(new Cardholder().firstName("hart").lastName("lee").email("asdf@gmail.com")
                        .iddCode("353").mobile("712345678"))
                .billingAddress(new BillingAddress().addressLine("Grafton-Street.1").country("IE").city("Dublin")
                        .zip("D02X285"))
                .browser(new BrowserClient().clientHttpAccept("text/html").clientHttpUserAgent("Mozilla/5.0")
                        .ip("203.0.113.10"))
                .addProductsItem(new ProductLine().name("iphone 11").price("19.011").num(1).currency("USD"));

        CardPaymentResult result = new CardPaymentsApi(client).createCardPayment("key-3", payment);

        JsonNode card = json.readTree(requests.get(0).body()).get("card");
        assertThat(card.get("cardNumber").asText()).isEqualTo("4111111111111111");
        assertThat(card.get("cvv").asText()).isEqualTo("737");
        assertThat(payment.toString()).doesNotContain("4111111111111111", "737", "12/27");
        assertThat(result.getChargedAmount()).isEqualTo("19.01");
        assertThat(result.getRoundedOff()).isEqualTo("0.001");
        assertThat(result.getMaskedCardNumber()).isEqualTo("411111******1111");
        assertThat(result.getPageData()).startsWith("<!DOCTYPE html>");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            byte[] answer = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), answer.length);
            exchange.getResponseBody().write(answer);
        }
    }
}
