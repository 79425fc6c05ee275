package com.cpay.platform.client.internal;

import com.cpay.platform.client.internal.invoker.ApiClient;
import com.cpay.platform.client.internal.invoker.ApiException;
import com.cpay.platform.client.internal.model.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds {@link ApiClient}s for the internal API: the base URI, the bearer token on every request, timeouts;
 * and reads the problem details of a failed call.
 *
 * <p>The generated client (library {@code native}, the JDK HttpClient) applies no security scheme by itself,
 * so the token is added by a request interceptor. Build the API classes ({@code DepositsApi} ...) after the
 * client is configured: they copy its settings when constructed.
 */
public final class InternalApiClients {

    /** Connect and request timeout when none is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final String PROBLEM_JSON = "application/problem+json";

    private InternalApiClients() {
    }

    /** A client of the API at {@code baseUri} (e.g. {@code http://localhost:8080}) sending {@code bearerToken}. */
    public static ApiClient create(URI baseUri, String bearerToken) {
        return create(baseUri, bearerToken, DEFAULT_TIMEOUT);
    }

    /**
     * A client of the API at {@code baseUri} sending {@code bearerToken}, with this connect and request timeout.
     *
     * @throws IllegalArgumentException when the URI is not absolute http(s) or the token is blank
     */
    public static ApiClient create(URI baseUri, String bearerToken, Duration timeout) {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(bearerToken, "bearerToken");
        Objects.requireNonNull(timeout, "timeout");
        if (!"http".equals(baseUri.getScheme()) && !"https".equals(baseUri.getScheme())) {
            throw new IllegalArgumentException("the base URI must be an absolute http or https URI");
        }
        if (bearerToken.isBlank()) {
            throw new IllegalArgumentException("a bearer token is required");
        }
        String base = baseUri.toString();
        // Operation paths start with '/': a trailing slash would double it.
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        client.setConnectTimeout(timeout);
        client.setReadTimeout(timeout);
        String authorization = "Bearer " + bearerToken;
        client.setRequestInterceptor(request -> request.setHeader("Authorization", authorization));
        return client;
    }

    /**
     * The RFC 9457 problem the API answered, when the failure is one (400, 401, 404, 409, 422, 502, 503 with
     * {@code application/problem+json}); empty for transport failures and other bodies.
     */
    public static Optional<Problem> problem(ApiClient client, ApiException failure) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(failure, "failure");
        String body = failure.getResponseBody();
        boolean isProblem = failure.getResponseHeaders() != null && failure.getResponseHeaders()
                .firstValue("Content-Type").map(type -> type.startsWith(PROBLEM_JSON)).orElse(false);
        if (!isProblem || body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(client.getObjectMapper().readValue(body, Problem.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
