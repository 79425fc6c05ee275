package com.cpay.platform.app.strict;

import com.cpay.platform.app.error.Problem;
import com.cpay.platform.app.error.ProblemType;
import com.cpay.platform.app.error.Problems;
import com.cpay.platform.app.security.BearerTokenFilter;
import com.cpay.platform.domain.shared.Violation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks the raw bytes of every JSON request body of the internal API against its schema ({@link StrictJson},
 * "Strict JSON" in internal-api.yaml) before the body is bound to a model and before a controller runs, so a
 * body that breaks a strict rule is 400 {@code malformed-request} naming each field and rule, never a 500, and
 * never reaches the Idempotency-Key: the key is not claimed, nothing is stored as its answer, and a corrected
 * request may use it. Runs after the bearer token check; bodies of other content types are left to the route
 * (415), routes without a JSON body in the document pass.
 */
@ServerFilter(value = "/api/**", methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH})
public class StrictJsonFilter implements Ordered {

    /** Right after the bearer token check. */
    public static final int ORDER = BearerTokenFilter.ORDER + 100;
    private static final Logger LOG = LoggerFactory.getLogger(StrictJsonFilter.class);

    private final RequestSchemas schemas;
    private final Problems problems;

    public StrictJsonFilter(RequestSchemas schemas, Problems problems) {
        this.schemas = schemas;
        this.problems = problems;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request, @Body @Nullable byte[] body) {
        Optional<JsonShape> shape = shape(request);
        if (shape.isEmpty() || !json(request)) {
            return null;
        }
        List<Violation> violations = StrictJson.check(body == null ? new byte[0] : body, shape.get());
        if (violations.isEmpty()) {
            return null;
        }
        LOG.info("refused {} {}: not strict JSON ({})", request.getMethodName(), request.getPath(),
                violations.stream().map(Violation::rule).distinct().collect(Collectors.joining(", ")));
        return problems.response(Problem.of(ProblemType.MALFORMED_REQUEST).detail(detail(violations))
                .instance(request.getPath()).violations(violations));
    }

    private Optional<JsonShape> shape(HttpRequest<?> request) {
        return RouteAttributes.getRouteInfo(request)
                .or(() -> RouteAttributes.getRouteMatch(request).map(match -> match.getRouteInfo()))
                .filter(UriRouteInfo.class::isInstance).map(UriRouteInfo.class::cast)
                .flatMap(route -> schemas.body(request.getMethodName(), route.getUriMatchTemplate().toPathString()));
    }

    /** No content type is read as JSON by the routes, so it is checked as JSON too. */
    private static boolean json(HttpRequest<?> request) {
        return request.getContentType().map(type -> type.getSubtype().equals("json")
                || type.getSubtype().endsWith("+json") || type.equals(MediaType.ALL_TYPE)).orElse(true);
    }

    private static String detail(List<Violation> violations) {
        if (violations.size() == 1 && violations.get(0).rule().equals("json")) {
            return "The body is not valid JSON.";
        }
        return violations.size() >= StrictJson.MAX_VIOLATIONS
                ? "At least " + StrictJson.MAX_VIOLATIONS + " fields do not match the API description; the first "
                + StrictJson.MAX_VIOLATIONS + " are listed."
                : Problem.countFields(violations.size());
    }
}
