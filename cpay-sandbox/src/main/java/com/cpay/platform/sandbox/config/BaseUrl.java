package com.cpay.platform.sandbox.config;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;

/** The simulator's own base URL for links in responses: {@code public-url}, else the request's Host header. */
@Singleton
public final class BaseUrl {

    private final String configured;

    public BaseUrl(SandboxConfig config) {
        String url = config.getPublicUrl();
        this.configured = url == null || url.isBlank() ? null : url.replaceAll("/+$", "");
    }

    public String current() {
        if (configured != null) {
            return configured;
        }
        return ServerRequestContext.currentRequest().map(BaseUrl::fromRequest).orElse("http://localhost:8090");
    }

    private static String fromRequest(HttpRequest<?> request) {
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (host == null || host.isBlank()) {
            host = request.getServerAddress().getHostString() + ":" + request.getServerAddress().getPort();
        }
        return (request.isSecure() ? "https://" : "http://") + host;
    }
}
