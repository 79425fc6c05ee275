package com.cpay.platform.app.security;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.TestApp;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpMethod;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.cpay.platform.app.support.ProblemAnswers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** API clients with hashed tokens, scopes and rate limits, through real HTTP. */
class ApiClientsTest {

    private static final String SHOP_TOKEN = "shop-token-" + UUID.randomUUID();
    private static final String SHOP_NEXT_TOKEN = "shop-next-token-" + UUID.randomUUID();
    private static final String READER_TOKEN = "reader-token-" + UUID.randomUUID();
    private static final String DEPOSIT = "{\"userId\":\"clients\",\"cryptoCurrency\":\"USDT\",\"amount\":\"1\"}";

    @Test
    void each_route_needs_its_scope_and_a_missing_one_is_403_naming_it() {
        try (TestApp app = TestApp.start(Map.of(
                "cpay.api-clients.shop.token-sha256", digest(SHOP_TOKEN),
                "cpay.api-clients.shop.scopes", "orders:read,orders:write",
                "cpay.api-clients.reader.token-sha256", digest(READER_TOKEN),
                "cpay.api-clients.reader.scopes", "orders:read"))) {
            Http http = new Http(app.url());

            assertThat(http.postJson("/api/v1/deposits", DEPOSIT, auth(SHOP_TOKEN)).statusCode()).isEqualTo(201);
            assertThat(http.get("/api/v1/orders", auth(READER_TOKEN)).statusCode()).isEqualTo(200);

            Map<String, Object> refused = problem(http.postJson("/api/v1/deposits", DEPOSIT, auth(READER_TOKEN)), 403);
            assertThat(refused).containsEntry("type", "urn:cpay-platform:problem:forbidden")
                    .containsEntry("requiredScope", "orders:write");
            Map<String, Object> payout = problem(http.postJson("/api/v1/payouts/crypto", "{}", auth(SHOP_TOKEN)), 403);
            assertThat(payout).containsEntry("requiredScope", "payouts:write");
            assertThat(problem(http.postJson("/api/v1/orders/x/resubmit", "{}", auth(SHOP_TOKEN)), 403))
                    .containsEntry("requiredScope", "operator");
            // the token in the configuration's place is not a token: only the digest is configured
            assertThat(http.get("/api/v1/orders", auth(digest(READER_TOKEN))).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void both_tokens_of_a_rotation_are_one_client_whose_idempotency_keys_they_share() {
        try (TestApp app = TestApp.start(Map.of(
                "cpay.api-clients.shop.token-sha256", digest(SHOP_TOKEN) + "," + digest(SHOP_NEXT_TOKEN).toUpperCase(),
                "cpay.api-clients.shop.scopes", "orders:read,orders:write"))) {
            Http http = new Http(app.url());
            String key = "rotation-" + UUID.randomUUID();

            HttpResponse<String> first = http.postJson("/api/v1/deposits", DEPOSIT, with(auth(SHOP_TOKEN), key));
            HttpResponse<String> retried = http.postJson("/api/v1/deposits", DEPOSIT, with(auth(SHOP_NEXT_TOKEN), key));

            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(retried.statusCode()).isEqualTo(201);
            assertThat(retried.body()).isEqualTo(first.body());
            assertThat(app.simulator().orders()).hasSize(1);
        }
    }

    @Test
    void over_its_rate_a_client_gets_429_with_retry_after_and_another_client_is_not_slowed() {
        try (TestApp app = TestApp.start(Map.of(
                "cpay.api-clients.shop.token-sha256", digest(SHOP_TOKEN),
                "cpay.api-clients.shop.scopes", "orders:read",
                "cpay.api-clients.shop.rate-limit", "3",
                "cpay.api-clients.reader.token-sha256", digest(READER_TOKEN),
                "cpay.api-clients.reader.scopes", "orders:read",
                "cpay.api-clients.reader.rate-limit", "0"))) {
            Http http = new Http(app.url());
            int limited = 0;
            HttpResponse<String> last = null;
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> answer = http.get("/api/v1/orders", auth(SHOP_TOKEN));
                if (answer.statusCode() == 429) {
                    limited++;
                    last = answer;
                }
            }
            assertThat(limited).isGreaterThanOrEqualTo(4);
            assertThat(problem(last, 429)).containsEntry("type", "urn:cpay-platform:problem:rate-limited");
            assertThat(last.headers().firstValue("Retry-After")).contains("1");
            for (int i = 0; i < 20; i++) {
                assertThat(http.get("/api/v1/orders", auth(READER_TOKEN)).statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void a_wrong_client_configuration_stops_the_start_naming_the_key() {
        assertThatThrownBy(() -> run(Map.of("cpay.api-clients.shop.token-sha256", SHOP_TOKEN,
                "cpay.api-clients.shop.scopes", "orders:read")))
                .hasStackTraceContaining("cpay.api-clients.shop.token-sha256");
        assertThatThrownBy(() -> run(Map.of("cpay.api-clients.shop.token-sha256", digest(SHOP_TOKEN),
                "cpay.api-clients.shop.scopes", "orders:delete")))
                .hasStackTraceContaining("unknown scope 'orders:delete'");
        assertThatThrownBy(() -> run(Map.of("cpay.api-clients.shop.token-sha256",
                digest("a") + "," + digest("b") + "," + digest("c"), "cpay.api-clients.shop.scopes", "orders:read")))
                .hasStackTraceContaining("one or two SHA-256 digests");
        assertThatThrownBy(() -> run(Map.of("cpay.api-clients.shop.token-sha256", digest("a"))))
                .hasStackTraceContaining("cpay.api-clients.shop.scopes");
    }

    @Test
    void routes_need_the_scope_of_what_they_do() {
        assertThat(RouteScopes.required(HttpMethod.GET, "/api/v1/payouts/crypto")).isEqualTo(ApiScope.ORDERS_READ);
        assertThat(RouteScopes.required(HttpMethod.POST, "/api/v1/payouts/pix")).isEqualTo(ApiScope.PAYOUTS_WRITE);
        assertThat(RouteScopes.required(HttpMethod.POST, "/api/v1/payoutsx")).isEqualTo(ApiScope.ORDERS_WRITE);
        assertThat(RouteScopes.required(HttpMethod.POST, "/api/v1/orders/a/resubmit")).isEqualTo(ApiScope.OPERATOR);
        assertThat(RouteScopes.required(HttpMethod.POST, "/api/v1/orders/a/refresh")).isEqualTo(ApiScope.ORDERS_WRITE);
        assertThat(RouteScopes.required(HttpMethod.POST, "/api/v1/kyc-batches")).isEqualTo(ApiScope.ORDERS_WRITE);
        assertThat(ApiScope.of(" payouts:write")).contains(ApiScope.PAYOUTS_WRITE);
        assertThat(ApiScope.of("admin")).isEmpty();
    }

    private static void run(Map<String, Object> properties) {
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            context.getBean(ApiClients.class);
        }
    }

    private static String[] auth(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    private static String[] with(String[] headers, String key) {
        return List.of(headers[0], headers[1], "Idempotency-Key", key).toArray(String[]::new);
    }

    private static String digest(String token) {
        return HexFormat.of().formatHex(ApiClients.sha256(token));
    }
}
