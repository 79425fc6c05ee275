package com.cpay.platform.app.tracing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.inject.Singleton;

/**
 * With {@value #PROPERTY}=true, every span the app ends is kept in memory, exported as it ends (no batching), for the
 * tests to read: Micronaut's OpenTelemetry factory adds a {@link SpanProcessor} bean to the SDK it builds.
 */
@Factory
@Requires(property = SpansInMemory.PROPERTY, value = "true")
class SpansInMemory {

    static final String PROPERTY = "cpay.test.spans-in-memory";

    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }

    @Singleton
    SpanProcessor processor(InMemorySpanExporter exporter) {
        return SimpleSpanProcessor.create(exporter);
    }
}
