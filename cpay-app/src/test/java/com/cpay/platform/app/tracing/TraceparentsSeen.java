package com.cpay.platform.app.tracing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The {@code traceparent} header of every request the embedded simulator received (C-Pay's paths), as it came. */
@ServerFilter("/openapi/**")
@Requires(property = SpansInMemory.PROPERTY, value = "true")
class TraceparentsSeen {

    private final List<String> headers = new CopyOnWriteArrayList<>();

    @RequestFilter
    void record(HttpRequest<?> request) {
        headers.add(request.getPath() + " " + request.getHeaders().get("traceparent"));
    }

    /** {@code <path> <traceparent or null>}, in arrival order. */
    List<String> all() {
        return List.copyOf(headers);
    }
}
