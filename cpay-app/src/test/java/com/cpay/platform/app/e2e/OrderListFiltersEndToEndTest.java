package com.cpay.platform.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.Orders;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.client.internal.api.DepositsApi;
import com.cpay.platform.client.internal.invoker.ApiClient;
import com.cpay.platform.client.internal.model.CreateDepositRequest;
import com.cpay.platform.client.internal.model.Order;
import com.cpay.platform.client.internal.model.OrderStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code GET /api/v1/orders} through real HTTP with the filters {@code needsReview}, {@code updatedSince},
 * {@code cpayOrderId} and {@code hash}, combined with the others and with cursor paging ({@code hasMore} on every
 * page); a filter value that does not match its schema is 400 naming the parameter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderListFiltersEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestApp app;
    private Http http;
    private String user;
    private List<Order> done;

    @BeforeAll
    void start() throws Exception {
        app = TestApp.start();
        http = new Http(app.url());
        ApiClient client = app.client();
        user = "flt-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> tradeNos = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String tradeNo = Orders.tradeNo("flt");
            new DepositsApi(client).createDeposit(Orders.key(), new CreateDepositRequest().userId(user)
                    .merchantTradeNo(tradeNo).cryptoCurrency("USDT").amount("2"));
            tradeNos.add(tradeNo);
        }
        done = new ArrayList<>();
        for (String tradeNo : tradeNos) {
            // completed by the simulator's webhook: C-Pay's order id and the transaction hash are known then
            done.add(Orders.await(client, tradeNo, o -> o.getStatus() == OrderStatus.COMPLETED
                    && o.getCpayOrderId() != null && o.getCryptoDeposit().getHash() != null));
        }
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private JsonNode list(String query) throws Exception {
        HttpResponse<String> answer = http.get("/api/v1/orders?" + query, "Authorization", Http.bearer());
        assertThat(answer.statusCode()).as(query + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.path("items").forEach(o -> names.add(o.path("merchantTradeNo").asText()));
        return names;
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void cpay_order_id_and_hash_find_exactly_their_order_alone_and_combined() throws Exception {
        Order second = done.get(1);
        String id = second.getCpayOrderId();
        String hash = second.getCryptoDeposit().getHash();

        assertThat(names(list("cpayOrderId=" + q(id)))).containsExactly(second.getMerchantTradeNo());
        assertThat(names(list("hash=" + q(hash)))).containsExactly(second.getMerchantTradeNo());
        assertThat(names(list("userId=" + user + "&status=COMPLETED&cpayOrderId=" + q(id) + "&hash=" + q(hash))))
                .containsExactly(second.getMerchantTradeNo());
        assertThat(names(list("cpayOrderId=" + q(id) + "&hash=" + q(done.get(0).getCryptoDeposit().getHash()))))
                .isEmpty();
        assertThat(names(list("cpayOrderId=" + q(id) + "&status=PENDING"))).isEmpty();
        assertThat(names(list("cpayOrderId=no-such-id"))).isEmpty();
        assertThat(list("hash=no-such-hash").path("hasMore").asBoolean(true)).isFalse();
    }

    @Test
    void updated_since_keeps_the_orders_changed_at_or_after_it() throws Exception {
        Order latest = done.stream().max(Comparator.comparing(Order::getUpdatedAt)).orElseThrow();
        String since = latest.getUpdatedAt().toInstant().toString();

        JsonNode page = list("userId=" + user + "&updatedSince=" + q(since));

        assertThat(names(page)).contains(latest.getMerchantTradeNo());
        page.path("items").forEach(o -> assertThat(Instant.parse(o.path("updatedAt").asText()))
                .isAfterOrEqualTo(Instant.parse(since)));
        assertThat(names(list("userId=" + user + "&updatedSince=" + q("2000-01-01T00:00:00Z")))).hasSize(3);
        assertThat(names(list("userId=" + user + "&updatedSince=" + q("2999-01-01T00:00:00+02:00")))).isEmpty();
    }

    @Test
    void needs_review_filters_flagged_and_unflagged_orders() throws Exception {
        assertThat(names(list("userId=" + user + "&needsReview=false"))).hasSize(3);
        assertThat(names(list("userId=" + user + "&needsReview=true"))).isEmpty();
    }

    @Test
    void every_page_says_has_more_and_the_cursor_continues_within_the_same_filters() throws Exception {
        String filters = "userId=" + user + "&needsReview=false&updatedSince=" + q("2000-01-01T00:00:00Z")
                + "&kind=CRYPTO_DEPOSIT";

        JsonNode first = list(filters + "&limit=2");
        assertThat(first.path("hasMore").asBoolean()).isTrue();
        assertThat(first.path("nextCursor").asText()).isNotBlank();
        JsonNode second = list(filters + "&limit=2&cursor=" + q(first.path("nextCursor").asText()));

        assertThat(second.path("hasMore").isBoolean()).isTrue();
        assertThat(second.path("hasMore").asBoolean()).isFalse();
        assertThat(second.has("nextCursor")).isFalse();
        List<String> all = new ArrayList<>(names(first));
        all.addAll(names(second));
        assertThat(all).containsExactlyInAnyOrderElementsOf(done.stream().map(Order::getMerchantTradeNo).toList())
                .doesNotHaveDuplicates();
    }

    static Stream<Arguments> badFilters() {
        return Stream.of(
                Arguments.of("needsReview=maybe", "needsReview"),
                Arguments.of("needsReview=", "needsReview"),
                Arguments.of("updatedSince=yesterday", "updatedSince"),
                Arguments.of("updatedSince=2026-13-01T00:00:00Z", "updatedSince"),
                Arguments.of("cpayOrderId=" + "1".repeat(65), "cpayOrderId"),
                Arguments.of("hash=" + "a".repeat(129), "hash"),
                Arguments.of("status=DELETED", "status"),
                Arguments.of("limit=0", "limit"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFilters")
    void a_filter_value_that_does_not_match_its_schema_is_400_naming_the_parameter(String query, String parameter)
            throws Exception {
        HttpResponse<String> answer = http.get("/api/v1/orders?userId=" + user + "&" + query, "Authorization",
                Http.bearer());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        List<String> fields = new ArrayList<>();
        problem.path("violations").forEach(v -> fields.add(v.path("field").asText()));
        assertThat(fields).as(answer.body()).containsExactly(parameter);
    }
}
