package com.cpay.platform.client.internal;

import com.cpay.platform.client.internal.model.Event;
import com.cpay.platform.client.internal.model.EventType;
import com.cpay.platform.client.internal.model.Order;
import com.cpay.platform.client.internal.model.OrderKind;
import com.cpay.platform.client.internal.model.OrderStatus;
import com.cpay.platform.client.internal.model.PixAccountType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The facade's own behaviour against a scripted server on loopback: which failures it retries, with which key, and
 * what it throws. Its behaviour against the real application: cpay-app's CpayPlatformClientAppTest.
 */
@DisplayName("CpayPlatformClient")
class CpayPlatformClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORDER = """
            {"merchantTradeNo": "t-1", "kind": "CRYPTO_DEPOSIT", "userId": "u1", "status": "PENDING",
             "createdAt": "2026-12-06T10:00:00Z", "updatedAt": "2026-12-06T10:00:00Z", "needsReview": false,
             "reviewNotes": [], "history": []}
            """;

    /** A scripted answer; a delay beyond the client's timeout makes that attempt time out. */
    private record Scripted(int status, String contentType, String body, long delayMs) {
        static Scripted json(int status, String body) {
            return new Scripted(status, status < 300 ? "application/json" : "application/problem+json", body, 0);
        }
    }

    private record Seen(String method, String path, String query, String idempotencyKey, String body) {
    }

    private HttpServer server;
    private final Deque<Scripted> script = new ArrayDeque<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private CpayPlatformClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        client = CpayPlatformClient.builder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "token")
                .timeout(Duration.ofMillis(400))
                .retries(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)))
                .build();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        Scripted next;
        synchronized (script) {
            next = script.isEmpty() ? Scripted.json(500, "{}") : script.removeFirst();
        }
        try {
            Thread.sleep(next.delayMs());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] bytes = next.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", next.contentType());
        try {
            exchange.sendResponseHeaders(next.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException gone) {
            // the client gave up on this attempt
        } finally {
            exchange.close();
        }
    }

    private void then(Scripted... answers) {
        script.addAll(List.of(answers));
    }

    @Test
    void a_post_that_timed_out_is_retried_with_the_same_key_and_the_same_body() throws IOException {
        then(new Scripted(201, "application/json", ORDER, 1500), Scripted.json(201, ORDER));

        Order order = client.createDeposit("u1", "USDT", new BigDecimal("3.10000001"), r -> r.merchantTradeNo("t-1"));

        assertThat(order.getMerchantTradeNo()).isEqualTo("t-1");
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0).idempotencyKey()).isNotBlank().isEqualTo(seen.get(1).idempotencyKey());
        assertThat(seen.get(0).body()).isEqualTo(seen.get(1).body());
        assertThat(JSON.readTree(seen.get(0).body()).get("amount").isTextual()).as("an amount is sent as text").isTrue();
        assertThat(JSON.readTree(seen.get(0).body()).get("amount").asText()).isEqualTo("3.10000001");
    }

    @Test
    void each_logical_call_has_its_own_key() {
        then(Scripted.json(201, ORDER), Scripted.json(201, ORDER));

        client.createPixPayout("u1", new BigDecimal("1E+1"), PixAccountType.EMAIL, "maria@example.com.br", r -> { });
        client.createPixPayout("u1", new BigDecimal("10"), PixAccountType.EMAIL, "maria@example.com.br", r -> { });

        assertThat(seen.get(0).idempotencyKey()).isNotEqualTo(seen.get(1).idempotencyKey());
        assertThat(seen.get(0).body()).contains("\"amount\":\"10\"").contains("\"currency\":\"BRL\"");
    }

    @Test
    void a_post_whose_key_is_still_in_use_is_retried_with_it() {
        then(Scripted.json(409, """
                {"type": "urn:cpay-platform:problem:idempotency-key-in-use", "title": "in progress", "status": 409}
                """), Scripted.json(201, ORDER));

        client.createDeposit("u1", "USDT", BigDecimal.ONE, r -> { }, "my-key-1");

        assertThat(seen).extracting(Seen::idempotencyKey).containsExactly("my-key-1", "my-key-1");
    }

    @Test
    void a_post_answered_503_is_not_retried_and_says_whether_the_outcome_is_unknown() {
        then(Scripted.json(503, """
                {"type": "urn:cpay-platform:problem:cpay-unavailable", "title": "C-Pay is unavailable", "status": 503,
                 "merchantTradeNo": "t-9", "outcomeUnknown": true}
                """));

        var failure = catchThrowableOfType(CpayApiException.CpayUnavailable.class,
                () -> client.createCryptoPayout("u1", "USDT", "TRON(TRC-20)", "T-address", BigDecimal.TEN, BigDecimal.ONE, r -> { }));

        assertThat(seen).hasSize(1);
        assertThat(failure.outcomeUnknown()).isTrue();
        assertThat(failure.problem().orElseThrow().getMerchantTradeNo()).isEqualTo("t-9");
        assertThat(failure.idempotencyKey()).contains(seen.get(0).idempotencyKey());
        assertThat(failure.status()).isEqualTo(503);
    }

    @Test
    void a_post_with_no_answer_at_all_fails_after_every_attempt_with_the_key_to_retry_later() {
        then(new Scripted(201, "application/json", ORDER, 1500), new Scripted(201, "application/json", ORDER, 1500),
                new Scripted(201, "application/json", ORDER, 1500));

        var failure = catchThrowableOfType(CpayApiException.Unanswered.class,
                () -> client.createDeposit("u1", "USDT", BigDecimal.ONE, r -> { }));

        assertThat(failure.attempts()).isEqualTo(3);
        assertThat(failure.status()).isZero();
        assertThat(seen).extracting(Seen::idempotencyKey).containsOnly(failure.idempotencyKey().orElseThrow());
    }

    @Test
    void a_rule_violation_is_an_invalid_request_naming_field_and_rule() {
        then(Scripted.json(422, """
                {"type": "urn:cpay-platform:problem:rule-violation", "title": "The request breaks a business rule",
                 "status": 422, "violations": [{"field": "amount", "rule": "max-scale", "message": "at most 8 decimals"}]}
                """));

        var failure = catchThrowableOfType(CpayApiException.InvalidRequest.class,
                () -> client.createDeposit("u1", "USDT", new BigDecimal("1.123456789"), r -> { }));

        assertThat(seen).hasSize(1);
        assertThat(failure.problem().orElseThrow().getViolations()).singleElement()
                .satisfies(v -> assertThat(v.getField() + " " + v.getRule()).isEqualTo("amount max-scale"));
        assertThat(failure).hasMessageContaining("[amount max-scale]").isInstanceOf(RuntimeException.class);
    }

    @Test
    void a_get_is_retried_after_a_server_error_but_not_after_a_404() {
        then(Scripted.json(503, "{\"title\": \"busy\", \"status\": 503}"), Scripted.json(200, ORDER),
                Scripted.json(404, "{\"title\": \"Not found\", \"status\": 404}"));

        assertThat(client.getOrder("t-1").getStatus()).isEqualTo(OrderStatus.PENDING);
        assertThat(catchThrowableOfType(CpayApiException.NotFound.class, () -> client.getOrder("nope")).attempts()).isEqualTo(1);
        assertThat(seen).hasSize(3).extracting(Seen::idempotencyKey).containsOnlyNulls();
    }

    @Test
    void a_status_or_kind_added_by_a_later_server_is_kept_as_unknown_instead_of_failing() {
        then(Scripted.json(200, ORDER.replace("\"PENDING\"", "\"ON_HOLD\"").replace("CRYPTO_DEPOSIT", "BANK_TRANSFER")));

        Order order = client.getOrder("t-1");

        assertThat(order.getStatus()).isEqualTo(OrderStatus.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(order.getKind()).isEqualTo(OrderKind.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(order.getMerchantTradeNo()).isEqualTo("t-1");
    }

    @Test
    void the_order_query_sends_only_the_filters_set_and_the_stream_follows_the_cursors() {
        then(Scripted.json(200, "{\"items\": [" + ORDER + "], \"nextCursor\": \"c2\"}"),
                Scripted.json(200, "{\"items\": [" + ORDER.replace("t-1", "t-2") + "]}"));

        List<Order> all = client.streamOrders(OrderQuery.all().status(OrderStatus.PENDING).userId("u1").limit(1)).toList();

        assertThat(all).extracting(Order::getMerchantTradeNo).containsExactly("t-1", "t-2");
        assertThat(seen).extracting(Seen::query).containsExactly("status=PENDING&userId=u1&limit=1",
                "status=PENDING&userId=u1&cursor=c2&limit=1");
    }

    @Test
    void the_order_query_sends_the_review_change_time_and_cpay_identifier_filters_by_name() {
        then(Scripted.json(200, "{\"items\": [" + ORDER + "], \"hasMore\": false}"));

        client.listOrders(OrderQuery.all().needsReview(true).updatedSince(OffsetDateTime.parse("2026-12-06T10:00:00Z"))
                .cpayOrderId("221116112637772768014").hash("0xab").userId("u1"));

        assertThat(seen).extracting(Seen::query).containsExactly("userId=u1&needsReview=true"
                + "&updatedSince=2026-12-06T10%3A00%3A00Z&cpayOrderId=221116112637772768014&hash=0xab");
    }

    @Test
    void metadata_is_sent_only_when_set() throws IOException {
        then(Scripted.json(201, ORDER), Scripted.json(201, ORDER));

        client.createDeposit("u1", "USDT", BigDecimal.ONE, r -> { });
        client.createDeposit("u1", "USDT", BigDecimal.ONE, r -> r.metadata(java.util.Map.of("cartId", "c-77")));

        assertThat(JSON.readTree(seen.get(0).body()).has("metadata")).isFalse();
        assertThat(JSON.readTree(seen.get(1).body()).get("metadata").get("cartId").asText()).isEqualTo("c-77");
    }

    @Test
    void the_event_feed_reads_page_after_page_and_resumes_from_its_cursor() {
        String event = """
                {"id": "%s", "type": "%s", "created": "2026-12-06T10:00:00Z", "merchantTradeNo": "t-1", "sequence": %d}
                """;
        then(Scripted.json(200, "{\"items\": [" + event.formatted("00000000-0000-4000-8000-000000000001", "order.created", 1)
                        + "," + event.formatted("00000000-0000-4000-8000-000000000002", "order.frozen", 2)
                        + "], \"hasMore\": true, \"nextCursor\": \"ev_2\"}"),
                Scripted.json(200, "{\"items\": [" + event.formatted("00000000-0000-4000-8000-000000000003", "order.status_changed", 3)
                        + "], \"hasMore\": false, \"nextCursor\": \"ev_3\"}"),
                Scripted.json(200, "{\"items\": [], \"hasMore\": false, \"nextCursor\": \"ev_3\"}"));

        EventFeed feed = client.events(null, EventType.ORDER_CREATED, EventType.ORDER_STATUS_CHANGED);
        Event first = feed.next();
        String midPage = feed.cursor();
        List<EventType> types = new java.util.ArrayList<>(List.of(first.getType()));
        feed.forEachRemaining(e -> types.add(e.getType()));

        assertThat(midPage).as("a page half read resumes at its start").isNull();
        assertThat(types).containsExactly(EventType.ORDER_CREATED, EventType.UNKNOWN_DEFAULT_OPEN_API, EventType.ORDER_STATUS_CHANGED);
        assertThat(feed.cursor()).isEqualTo("ev_3");
        assertThat(client.events(feed.cursor()).hasNext()).isFalse();
        assertThat(seen).extracting(Seen::query).containsExactly("types=order.created%2Corder.status_changed",
                "after=ev_2&types=order.created%2Corder.status_changed", "after=ev_3");
    }
}
