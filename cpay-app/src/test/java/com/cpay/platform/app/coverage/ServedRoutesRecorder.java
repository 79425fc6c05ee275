package com.cpay.platform.app.coverage;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import io.micronaut.web.router.UriRouteInfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Test classpath only (every app a test starts has it; the shipped jar does not): records, for every request the
 * app serves, the method and path template of the route it matched and the status it answered ({@link CoverageLog}).
 * Requests that matched no route (404) are not recorded. For the embedded simulator's C-Pay routes
 * ({@code /openapi/v1/...}) it also records whether the app's own C-Pay client sent the request
 * ({@link CpayCallMarker}) and the {@code code} of the envelope the simulator answered.
 * <p>
 * It runs outermost (its response part last), so it sees the answer as it leaves: after the simulator's gateway
 * filter turned framework errors into envelopes, after the error handlers.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ServedRoutesRecorder implements Ordered {

    private static final String CPAY_PREFIX = "/openapi/v1/";

    private final JsonMapper json;

    public ServedRoutesRecorder(JsonMapper json) {
        this.json = json;
    }

    @ResponseFilter
    public void record(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Optional<RouteInfo<?>> route = RouteAttributes.getRouteInfo(request)
                .or(() -> RouteAttributes.getRouteInfo(response))
                .or(() -> RouteAttributes.getRouteMatch(request).map(m -> m.getRouteInfo()));
        if (route.isEmpty() || !(route.get() instanceof UriRouteInfo<?, ?> uri)) {
            return;
        }
        String template = uri.getUriMatchTemplate().toPathString();
        boolean fromApp = CpayCallMarker.APP.equals(request.getHeaders().get(CpayCallMarker.HEADER));
        Long code = fromApp && template.startsWith(CPAY_PREFIX) ? envelopeCode(response) : null;
        CoverageLog.append(new Hit(uri.getHttpMethodName(), template, response.code(), fromApp, code));
    }

    private Long envelopeCode(MutableHttpResponse<?> response) {
        Object body = response.getBody().orElse(null);
        try {
            String text;
            if (body == null) {
                return null;
            } else if (body instanceof CharSequence chars) {
                text = chars.toString();
            } else if (body instanceof byte[] bytes) {
                text = new String(bytes, StandardCharsets.UTF_8);
            } else {
                text = json.writeValueAsString(body);
            }
            Object code = json.readValue(text, Map.class).get("code");
            return code instanceof Number number ? number.longValue() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
