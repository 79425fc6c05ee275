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

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, Prometheus metrics, the API documents, Swagger UI and request ids. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsTest {

    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final Pattern METRIC_NAME = Pattern.compile(
            "\\b(?:cpay|http_server_requests|hikaricp|executor|jvm|resilience4j)_[a-z_]+\\b|\\bup\\b(?=\\{)");
    // registered by EventRelayJob, which exists only when cpay.events.kafka.bootstrap-servers is set (KafkaRelayTest)
    private static final Set<String> ONLY_WITH_KAFKA_RELAY = Set.of("cpay_events_relay_lag",
            "cpay_events_relay_failures_total", "cpay_events_relay_leader", "up");

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
    void prometheus_shows_route_latency_histograms_the_pool_executors_and_orders_waiting_for_a_person() {
        HttpResponse<String> created = http.postJson("/api/v1/deposits",
                "{\"userId\":\"histograms\",\"cryptoCurrency\":\"USDT\",\"amount\":\"1\"}");
        assertThat(created.statusCode()).isEqualTo(201);

        String metrics = Await.until(() -> http.get("/prometheus").body(),
                body -> body.contains("cpay_orders_needing_review ") && body.contains("http_server_requests_seconds_bucket"),
                Duration.ofSeconds(10));
        assertThat(metrics)
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/deposits\"[^}]*le=\"0\\.1")
                .containsPattern("cpay_gateway_calls_seconds_bucket\\{operation=\"createDeposit\",outcome=\"ok\",le=")
                .contains("hikaricp_connections_active", "hikaricp_connections_acquire_seconds")
                .contains("executor_active_threads")
                .containsPattern("(?m)^cpay_orders_needing_review \\d")
                .containsPattern("(?m)^cpay_orders_outcome_unknown \\d");
        // every metric says what it measures: an operator reading /prometheus or a dashboard sees a sentence
        metrics.lines().filter(line -> line.startsWith("# HELP ")).forEach(help -> {
            String[] parts = help.split(" ", 4);
            assertThat(parts).as(help).hasSize(4);
            assertThat(parts[3].strip()).as(help).isNotBlank().isNotEqualTo(parts[2]);
        });
    }

    @Test
    void every_metric_the_dashboard_and_the_alert_rules_use_is_exported() throws Exception {
        http.postJson("/api/v1/deposits", "{\"userId\":\"deploy\",\"cryptoCurrency\":\"USDT\",\"amount\":\"1\"}");
        http.post("/cpay/webhooks", Webhooks.signedJson(Webhooks.notification("x", "1", "14", "1"), "wrong-key"),
                "Content-Type", "application/json");
        String metrics = Await.until(() -> http.get("/prometheus").body(),
                body -> body.contains("cpay_orders_needing_review ") && body.contains("cpay_webhooks_total"),
                Duration.ofSeconds(10));
        Set<String> exported = metrics.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet());

        Set<String> used = new TreeSet<>();
        for (Path file : List.of(DEPLOY.resolve("prometheus/cpay-alerts.yml"), DEPLOY.resolve("grafana/cpay-platform.json"))) {
            Matcher names = METRIC_NAME.matcher(Files.readString(file));
            while (names.find()) {
                used.add(names.group());
            }
        }
        assertThat(new ObjectMapper().readTree(DEPLOY.resolve("grafana/cpay-platform.json").toFile())
                .get("panels")).hasSizeGreaterThan(10);
        assertThat(used).hasSizeGreaterThan(10);
        used.removeAll(ONLY_WITH_KAFKA_RELAY);
        assertThat(exported).as("metrics named in deploy/ but not exported").containsAll(used);
        // the labels the panels group by
        assertThat(metrics).containsPattern("executor_active_threads\\{[^}]*name=\"")
                .containsPattern("hikaricp_connections_active\\{[^}]*pool=\"");
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
