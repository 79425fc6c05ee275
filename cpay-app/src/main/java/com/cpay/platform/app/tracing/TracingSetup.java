package com.cpay.platform.app.tracing;

import io.micronaut.tracing.opentelemetry.OpenTelemetryBuilderCustomizer;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import jakarta.inject.Singleton;

/**
 * The application's additions to the OpenTelemetry SDK that Micronaut builds from the {@code otel.*} keys and the
 * standard {@code OTEL_*} environment variables: whatever sampler those choose is kept, wrapped so that database
 * statements outside any request or job are not traced ({@link DatabaseSpansNeedAParent}).
 */
@Singleton
class TracingSetup implements OpenTelemetryBuilderCustomizer {

    @Override
    public void configure(AutoConfiguredOpenTelemetrySdkBuilder builder) {
        builder.addSamplerCustomizer((configured, properties) -> new DatabaseSpansNeedAParent(configured));
    }
}
