package com.cpay.platform.app.tracing;

import com.cpay.platform.app.logging.Masking;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.tracing.opentelemetry.instrument.http.client.MicronautHttpClientTelemetryFactory;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.context.Context;
import io.opentelemetry.instrumentation.api.instrumenter.AttributesExtractor;
import jakarta.inject.Singleton;

/**
 * The {@code url.full} of an outgoing call's span, masked as log lines are ({@link Masking}): C-Pay's GET methods
 * carry their {@code sign} in the query string, and a span exported to a tracing backend should not hand out what
 * the logs hide. Runs after the library's HTTP attributes (lowest order), replacing the value they set.
 */
@Singleton
@MicronautHttpClientTelemetryFactory.Client
class CpayCallUrlMasking implements AttributesExtractor<MutableHttpRequest<Object>, HttpResponse<Object>>, Ordered {

    static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");

    @Override
    public void onStart(AttributesBuilder attributes, Context parentContext, MutableHttpRequest<Object> request) {
        attributes.put(URL_FULL, Masking.mask(request.getUri().toString()));
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public void onEnd(AttributesBuilder attributes, Context context, MutableHttpRequest<Object> request,
                      @Nullable HttpResponse<Object> response, @Nullable Throwable error) {
        // nothing known at the end needs masking: status code and error type only
    }
}
