package com.cpay.platform.app.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;

import java.util.List;

/**
 * The configured sampler ({@code otel.traces.sampler}, parent-based always-on by default), except that an SQL
 * statement run outside any request or job span is not recorded. Such statements are the event relay's polls (four
 * a second per instance), lease renewals, the pool's checks and the migrations: each would be a trace of its own,
 * one span long, flooding the backend and hiding the traces that matter.
 */
final class DatabaseSpansNeedAParent implements Sampler {

    // the JDBC instrumentation's old and stable semantic conventions name the database system differently
    private static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system");
    private static final AttributeKey<String> DB_SYSTEM_NAME = AttributeKey.stringKey("db.system.name");

    private final Sampler configured;

    DatabaseSpansNeedAParent(Sampler configured) {
        this.configured = configured;
    }

    @Override
    public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
                                       Attributes attributes, List<LinkData> parentLinks) {
        if (spanKind == SpanKind.CLIENT && isStatement(attributes)
                && !Span.fromContext(parentContext).getSpanContext().isValid()) {
            return SamplingResult.drop();
        }
        return configured.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    }

    private static boolean isStatement(Attributes attributes) {
        return attributes.get(DB_SYSTEM) != null || attributes.get(DB_SYSTEM_NAME) != null;
    }

    @Override
    public String getDescription() {
        return "DatabaseSpansNeedAParent{" + configured.getDescription() + "}";
    }

    @Override
    public String toString() {
        return getDescription();
    }
}
