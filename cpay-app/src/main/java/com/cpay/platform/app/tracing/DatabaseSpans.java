package com.cpay.platform.app.tracing;

import io.micronaut.context.BeanContext;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.jdbc.datasource.JdbcTelemetry;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.Arrays;
import javax.sql.DataSource;

/**
 * Makes every SQL statement a span, but only when spans leave the process: an exporter is named by
 * {@code otel.traces.exporter} ({@code OTEL_TRACES_EXPORTER}), or a span processor bean is given to the SDK. With
 * nothing exported (the default) the data source is not wrapped: its spans would go nowhere, and making them cost
 * about 7 % of a request thread's samples on an order creation (about 20 statements each; JFR, 2026-12-07).
 * <p>
 * micronaut-tracing's own listener is switched off ({@code otel.instrumentation.jdbc.enabled=false}) so that the
 * rules live here and no key can loosen them: the statement text with its literals replaced by {@code ?}, the values
 * bound to it never recorded (card data, amounts), and no span for taking a connection from the pool.
 */
@Singleton
final class DatabaseSpans implements BeanCreatedEventListener<DataSource>, Ordered {

    private static final String EXPORTER = "otel.traces.exporter";

    private final Environment environment;
    private final BeanContext beans;
    private final Provider<OpenTelemetry> openTelemetry;

    DatabaseSpans(Environment environment, BeanContext beans, Provider<OpenTelemetry> openTelemetry) {
        this.environment = environment;
        this.beans = beans;
        this.openTelemetry = openTelemetry;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource dataSource = event.getBean();
        if (!exported()) {
            return dataSource;
        }
        return JdbcTelemetry.builder(openTelemetry.get())
                .setStatementSanitizationEnabled(true)
                .setCaptureQueryParameters(false)
                .setDataSourceInstrumenterEnabled(false)
                .build()
                .wrap(dataSource);
    }

    /** As the SDK reads the key: a comma-separated list of exporters or {@code none}; absent, its default (OTLP). */
    private boolean exported() {
        boolean named = environment.getProperty(EXPORTER, String.class)
                .map(list -> Arrays.stream(list.split(",")).map(String::trim)
                        .anyMatch(name -> !name.isEmpty() && !name.equalsIgnoreCase("none")))
                .orElse(true);
        return named || beans.containsBean(SpanProcessor.class);
    }

    /** First, as micronaut-tracing's listener was: later listeners see the wrapped data source. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
