package com.cpay.platform.app.security;

import com.cpay.platform.app.error.Problem;
import com.cpay.platform.app.error.ProblemType;
import com.cpay.platform.app.error.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call under {@code /api/} needs {@code Authorization: Bearer <token>} with a token of one of the
 * {@link ApiClients}; anything else is answered 401 {@code unauthorized} before routing, for existing and unknown
 * paths alike. Then the client must hold the route's scope ({@link RouteScopes}; 403 {@code forbidden} naming it)
 * and be within its request rate (429 {@code rate-limited} with {@code Retry-After}). The client is left on the
 * request ({@link ApiClients#ATTRIBUTE}) for the idempotency keys, which are scoped per client.
 * The webhook ({@code /cpay/webhooks}, authenticated by its signature), the simulator's routes, health, metrics
 * and the API documents are outside.
 */
@ServerFilter("/api/**")
public class BearerTokenFilter implements Ordered {

    /** Runs right after the request id filter. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;
    private static final Logger LOG = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final String BEARER = "Bearer ";

    private final ApiClients clients;
    private final Problems problems;

    public BearerTokenFilter(ApiClients clients, Problems problems) {
        this.clients = clients;
        this.problems = problems;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> authenticate(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        Optional<ApiClient> client = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? clients.authenticate(header.substring(BEARER.length()).trim()) : Optional.empty();
        if (client.isPresent()) {
            return authorize(request, client.get());
        }
        LOG.info("refused {} {}: {}", request.getMethodName(), request.getPath(),
                header == null ? "no Authorization header" : "not an accepted bearer token");
        return problems.response(Problem.of(ProblemType.UNAUTHORIZED)
                .detail("Send Authorization: Bearer <token> with a token of cpay.api-tokens.")
                .instance(request.getPath()));
    }

    @Nullable
    private HttpResponse<?> authorize(HttpRequest<?> request, ApiClient client) {
        ApiScope needed = RouteScopes.required(request.getMethod(), request.getPath());
        if (!client.may(needed)) {
            LOG.info("refused {} {} to client {}: no scope {}", request.getMethodName(), request.getPath(),
                    client.name(), needed.text());
            return problems.response(Problem.of(ProblemType.FORBIDDEN)
                    .detail("This API client lacks the scope " + needed.text() + ".")
                    .put("requiredScope", needed.text()).instance(request.getPath()));
        }
        if (client.limiter().isPresent() && !client.limiter().get().acquirePermission()) {
            // the rate is counted per second: the next second has room again
            return problems.response(Problem.of(ProblemType.RATE_LIMITED)
                            .detail("This API client sent more requests than its rate allows; retry after 1 s.")
                            .instance(request.getPath()))
                    .header(HttpHeaders.RETRY_AFTER, "1");
        }
        request.setAttribute(ApiClients.ATTRIBUTE, client);
        return null;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
