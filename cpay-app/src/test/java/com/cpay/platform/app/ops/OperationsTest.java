package com.cpay.platform.app.ops;

import com.cpay.platform.app.support.Await;
import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.LogCapture;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.app.support.Webhooks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, Prometheus metrics, the API documents, Swagger UI and request ids. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsTest {

    private TestApp app;
    private Http http;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("cpay.metrics.orders-refresh", "200ms", "cpay.metrics.orders-initial-delay", "100ms",
                "cpay.sandbox.lifecycle.auto-advance", "false"));
        http = new Http(app.url());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void health_reports_the_database_and_cpay() {
        HttpResponse<String> health = http.get("/health");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"cpay\"").contains("\"jdbc")
                .doesNotContain("password");
    }

    @Test
    void prometheus_shows_cpay_calls_webhooks_and_orders_by_status() {
        HttpResponse<String> created = http.postJson("/api/v1/deposits",
                "{\"userId\":\"metrics\",\"cryptoCurrency\":\"USDT\",\"amount\":\"1\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        http.post("/cpay/webhooks", Webhooks.signedJson(Webhooks.notification("x", "1", "14", "1"), "wrong-key"),
                "Content-Type", "application/json");

        String metrics = Await.until(() -> http.get("/prometheus").body(),
                body -> body.contains("cpay_orders{status=\"PENDING\"} 1.0")
                        || body.matches("(?s).*cpay_orders\\{status=\"PENDING\"\\} [1-9].*"), Duration.ofSeconds(10));
        assertThat(metrics).contains("cpay_gateway_calls_seconds_count{operation=\"createDeposit\",outcome=\"ok\"}")
                .contains("cpay_webhooks_total{disposition=\"REJECTED\",result=\"rejected\"}")
                .contains("cpay_orders{status=\"COMPLETED\"}");
    }

    @Test
    void the_api_documents_and_swagger_ui_are_served() {
        HttpResponse<String> internal = http.get("/specs/internal-api.yaml");
        assertThat(internal.statusCode()).isEqualTo(200);
        assertThat(internal.body()).startsWith("openapi: 3.0.3").contains("title: C-Pay platform internal API");
        assertThat(http.get("/specs/cpay-merchant-api.yaml").body()).contains("C-Pay merchant API");
        assertThat(http.get("/specs/application.properties").statusCode()).isEqualTo(404);
        assertThat(http.get("/swagger-ui/index.html").body()).contains("swagger-ui-bundle.js");
        assertThat(http.get("/swagger-ui/initializer.js").body()).contains("/specs/internal-api.yaml");
        assertThat(http.get("/webjars/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
        HttpResponse<String> bare = http.get("/swagger-ui");
        assertThat(bare.statusCode()).as(bare.body()).isEqualTo(303);
    }

    @Test
    void every_answer_carries_a_request_id_that_is_in_the_logs() {
        HttpResponse<String> generated = http.get("/health");
        assertThat(generated.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
        try (LogCapture logs = new LogCapture()) {
            HttpResponse<String> given = http.post("/cpay/webhooks", "{}", "Content-Type", "application/json",
                    "X-Request-Id", "req-4711");
            assertThat(given.headers().firstValue("X-Request-Id")).contains("req-4711");
            Await.until(() -> logs.text().contains("requestId=req-4711"), Duration.ofSeconds(5));
        }
        assertThat(http.get("/health", "X-Request-Id", "bad id with spaces?").headers().firstValue("X-Request-Id"))
                // replaced by a fresh id of safe characters ("bad" alone could be hex digits of that id)
                .hasValueSatisfying(id -> assertThat(id).doesNotContain("bad id").doesNotContain(" ")
                        .doesNotContain("?").matches("[A-Za-z0-9._-]{1,64}"));
    }
}
