package com.cpay.platform.app.tracing;

import com.cpay.platform.app.support.Await;
import com.cpay.platform.app.support.CardPayments;
import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.LogCapture;
import com.cpay.platform.app.support.TestApp;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.instrumentation.jdbc.datasource.OpenTelemetryDataSource;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Traces as an operator's backend would receive them, through real HTTP on loopback against the embedded simulator:
 * the spans of one request (server, C-Pay client, SQL statements) form one trace whose id the simulator received in
 * {@code traceparent} and the request's log lines carry; no span holds card data; nothing is exported by default,
 * and the OTLP exporter sends when the standard keys name it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    private static final AttributeKey<String> STATEMENT = AttributeKey.stringKey("db.statement");
    private static final AttributeKey<String> QUERY_TEXT = AttributeKey.stringKey("db.query.text");
    private static final String PAN = "4111111111111111";

    private TestApp app;
    private Http http;
    private InMemorySpanExporter spans;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of(SpansInMemory.PROPERTY, "true"));
        http = new Http(app.url());
        spans = app.context().getBean(InMemorySpanExporter.class);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void a_deposit_is_one_trace_from_the_api_through_cpay_to_the_database_and_its_log_lines_carry_its_id() {
        String requestId = "trace-" + UUID.randomUUID();
        HttpResponse<String> created;
        String logged;
        try (LogCapture logs = new LogCapture()) {
            created = http.postJson("/api/v1/deposits",
                    "{\"userId\":\"trace-user\",\"cryptoCurrency\":\"USDT\",\"amount\":\"25.5\"}",
                    "X-Request-Id", requestId);
            logged = logs.text();
        }
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        SpanData server = awaitSpan(s -> s.getKind() == SpanKind.SERVER && "/api/v1/deposits".equals(
                s.getAttributes().get(ROUTE)));
        assertThat(server.getName()).isEqualTo("POST /api/v1/deposits");
        String traceId = server.getTraceId();
        List<SpanData> trace = awaitTrace(traceId, t -> t.stream().anyMatch(s -> s.getKind() == SpanKind.SERVER
                && s.getName().contains("/openapi/v1/createOrder")));

        SpanData cpayCall = only(trace, s -> s.getKind() == SpanKind.CLIENT && s.getAttributes().get(URL_FULL) != null
                && s.getAttributes().get(URL_FULL).contains("/openapi/v1/createOrder"));
        assertThat(cpayCall.getName()).isEqualTo("POST");
        assertThat(isUnder(cpayCall, server, trace)).as("the C-Pay call is inside the request's span").isTrue();
        // the simulator got the client span's context in traceparent (version-traceid-parentid-flags)
        TraceparentsSeen seen = app.context().getBean(TraceparentsSeen.class);
        assertThat(seen.all()).contains("/openapi/v1/createOrder 00-" + traceId + "-" + cpayCall.getSpanId() + "-01");
        SpanData simulator = only(trace, s -> s.getKind() == SpanKind.SERVER
                && s.getName().equals("POST /openapi/v1/createOrder"));
        assertThat(simulator.getParentSpanId()).isEqualTo(cpayCall.getSpanId());

        List<SpanData> statements = trace.stream().filter(s -> statement(s).isPresent())
                .filter(s -> isUnder(s, server, trace) && !isUnder(s, simulator, trace)).toList();
        assertThat(statements).as("the app's SQL statements of the request").isNotEmpty()
                .allSatisfy(s -> assertThat(s.getKind()).isEqualTo(SpanKind.CLIENT));
        assertThat(statements).map(s -> statement(s).orElseThrow())
                .anySatisfy(sql -> assertThat(sql).startsWithIgnoringCase("insert").contains("?"))
                .noneSatisfy(sql -> assertThat(sql).contains("25.5"))
                .noneSatisfy(sql -> assertThat(sql).contains("trace-user"));

        List<String> lines = logged.lines().filter(l -> l.contains("requestId=" + requestId)).toList();
        assertThat(lines).as("log lines of the request").isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains("trace_id=" + traceId).doesNotContain("span_id=-"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("C-Pay createOrder answered"));
    }

    @Test
    void no_span_holds_the_card_number_of_a_card_payment() {
        spans.reset();
        HttpResponse<String> paid = http.postJson("/api/v1/card-payments",
                CardPayments.body(PAN, "737", "12/39", "19.01", ""));
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);

        SpanData server = awaitSpan(s -> s.getKind() == SpanKind.SERVER
                && "/api/v1/card-payments".equals(s.getAttributes().get(ROUTE)));
        List<SpanData> trace = awaitTrace(server.getTraceId(), t -> t.stream().anyMatch(
                s -> s.getName().equals("POST /openapi/v1/pwpp")));
        assertThat(trace).anySatisfy(s -> assertThat(statement(s)).isPresent());

        Await.sleep(300);
        for (SpanData span : spans.getFinishedSpanItems()) {
            assertThat(texts(span)).as("span %s", span.getName())
                    .noneSatisfy(text -> assertThat(text).contains(PAN))
                    .noneSatisfy(text -> assertThat(text).contains("4111 1111 1111 1111"));
        }
    }

    @Test
    void a_cpay_get_keeps_its_sign_out_of_the_span() {
        spans.reset();
        HttpResponse<String> balances = http.get("/api/v1/balances", "Authorization", Http.bearer());
        assertThat(balances.statusCode()).as(balances.body()).isEqualTo(200);

        SpanData call = awaitSpan(s -> s.getKind() == SpanKind.CLIENT && s.getAttributes().get(URL_FULL) != null
                && s.getAttributes().get(URL_FULL).contains("getMerchantBalance"));
        assertThat(call.getAttributes().get(URL_FULL)).contains("sign=***").doesNotContainPattern("sign=[0-9a-f]{8}");
    }

    @Test
    void a_job_run_is_a_trace_and_statements_outside_any_span_are_not_traced() {
        spans.reset();
        app.context().getBean(com.cpay.platform.app.events.EventPruneJob.class).runOnce();

        SpanData run = awaitSpan(s -> s.getName().equals("EventPruneJob.runOnce"));
        assertThat(run.getParentSpanContext().isValid()).isFalse();
        awaitTrace(run.getTraceId(), t -> t.stream().anyMatch(s -> statement(s).isPresent()));
        // the app's own background statements (relay polls four times a second, leases) make no root spans
        Await.sleep(600);
        assertThat(spans.getFinishedSpanItems()).filteredOn(s -> statement(s).isPresent())
                .allSatisfy(s -> assertThat(s.getParentSpanContext().isValid()).isTrue());
    }

    @Test
    void by_default_nothing_is_exported() {
        try (TestApp plain = TestApp.start()) {
            String provider = ((OpenTelemetrySdk) plain.context().getBean(OpenTelemetry.class))
                    .getSdkTracerProvider().toString();
            assertThat(provider).contains("spanProcessor=NoopSpanProcessor")
                    .contains("DatabaseSpansNeedAParent{ParentBased{root:AlwaysOnSampler");
            // spans that go nowhere are not made for each SQL statement either
            assertThat(pooled(plain)).isNotInstanceOf(OpenTelemetryDataSource.class);
        }
    }

    @Test
    void statements_are_traced_when_an_exporter_is_named_or_a_span_processor_is_given() {
        assertThat(pooled(app)).isInstanceOf(OpenTelemetryDataSource.class);
        try (TestApp exporting = TestApp.start(Map.of("otel.traces.exporter", "otlp",
                "otel.exporter.otlp.endpoint", "http://127.0.0.1:9"))) {
            assertThat(pooled(exporting)).isInstanceOf(OpenTelemetryDataSource.class);
        }
    }

    @Test
    void the_otlp_exporter_sends_the_spans_when_the_standard_keys_name_it() throws IOException {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        collector.createContext("/v1/traces", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + exchange.getRequestBody().readAllBytes().length);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
        try (TestApp exporting = TestApp.start(Map.of(
                "otel.traces.exporter", "otlp",
                "otel.exporter.otlp.protocol", "http/protobuf",
                "otel.exporter.otlp.endpoint", "http://127.0.0.1:" + collector.getAddress().getPort(),
                "otel.bsp.schedule.delay", "100ms"))) {
            HttpResponse<String> answer = new Http(exporting.url()).get("/api/v1/balances",
                    "Authorization", Http.bearer());
            assertThat(answer.statusCode()).isEqualTo(200);
            Await.until(() -> !received.isEmpty(), TIMEOUT);
            assertThat(received.get(0)).startsWith("application/x-protobuf");
        } finally {
            collector.stop(0);
        }
    }

    /** The data source under Micronaut Data's connection-aware proxy: the pool, or what wraps the pool. */
    private static DataSource pooled(TestApp app) {
        return DelegatingDataSource.unwrapDataSource(app.context().getBean(DataSource.class));
    }

    private SpanData awaitSpan(java.util.function.Predicate<SpanData> wanted) {
        return Await.until(() -> spans.getFinishedSpanItems().stream().filter(wanted).findFirst(),
                Optional::isPresent, TIMEOUT).orElseThrow();
    }

    private List<SpanData> awaitTrace(String traceId, java.util.function.Predicate<List<SpanData>> complete) {
        return Await.until(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getTraceId().equals(traceId)).toList(), complete, TIMEOUT);
    }

    private static SpanData only(List<SpanData> trace, java.util.function.Predicate<SpanData> wanted) {
        List<SpanData> found = trace.stream().filter(wanted).toList();
        assertThat(found).as("spans of trace %s", trace).hasSize(1);
        return found.get(0);
    }

    /** Whether {@code ancestor} is {@code span}'s parent, or its parent's, and so on. */
    private static boolean isUnder(SpanData span, SpanData ancestor, List<SpanData> trace) {
        String parent = span.getParentSpanId();
        while (parent != null && !parent.equals(io.opentelemetry.api.trace.SpanId.getInvalid())) {
            if (parent.equals(ancestor.getSpanId())) {
                return true;
            }
            String id = parent;
            parent = trace.stream().filter(s -> s.getSpanId().equals(id)).findFirst()
                    .map(SpanData::getParentSpanId).orElse(null);
        }
        return false;
    }

    private static Optional<String> statement(SpanData span) {
        return Optional.ofNullable(span.getAttributes().get(STATEMENT))
                .or(() -> Optional.ofNullable(span.getAttributes().get(QUERY_TEXT)));
    }

    /** Every text a backend would show of the span: its name, attribute values, events' names and attributes. */
    private static List<String> texts(SpanData span) {
        List<String> texts = new ArrayList<>();
        texts.add(span.getName());
        values(span.getAttributes()).forEach(texts::add);
        for (EventData event : span.getEvents()) {
            texts.add(event.getName());
            values(event.getAttributes()).forEach(texts::add);
        }
        return texts;
    }

    private static Stream<String> values(Attributes attributes) {
        return attributes.asMap().values().stream().map(String::valueOf);
    }
}
