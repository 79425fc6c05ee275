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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call under {@code /api/} needs {@code Authorization: Bearer <token>} with one of {@code cpay.api-tokens};
 * anything else is answered 401 {@code unauthorized} before routing, for existing and unknown paths alike.
 * The webhook ({@code /cpay/webhooks}, authenticated by its signature), the simulator's routes, health, metrics
 * and the API documents are outside.
 */
@ServerFilter("/api/**")
public class BearerTokenFilter implements Ordered {

    /** Runs right after the request id filter. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;
    private static final Logger LOG = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final Problems problems;

    public BearerTokenFilter(ApiTokens tokens, Problems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> authenticate(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && tokens.accepts(header.substring(BEARER.length()).trim())) {
            return null;
        }
        LOG.info("refused {} {}: {}", request.getMethodName(), request.getPath(),
                header == null ? "no Authorization header" : "not an accepted bearer token");
        return problems.response(Problem.of(ProblemType.UNAUTHORIZED)
                .detail("Send Authorization: Bearer <token> with a token of cpay.api-tokens.")
                .instance(request.getPath()));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
