package com.cpay.platform.app.ops;

import com.cpay.platform.app.error.Problem;
import com.cpay.platform.app.error.ProblemType;
import com.cpay.platform.app.error.Problems;
import com.cpay.platform.app.strict.StrictJsonFilter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.time.Duration;
import java.util.Optional;

/**
 * While {@link CpayCallGuard} holds C-Pay calls back, every POST of the API (creations, resubmissions, refreshes)
 * is answered 503 {@code cpay-unavailable} with {@code Retry-After} before anything is stored or sent: no order is
 * written and closed, the Idempotency-Key is not claimed, and the same request with the same merchantTradeNo may
 * be sent again later. Runs after authentication and the strict JSON check, so bad requests still learn what is
 * wrong with them. (A call that starts just before the breaker opens is refused at the gateway instead: nothing is
 * sent either, and its order is closed as never sent.)
 */
@ServerFilter(value = "/api/**", methods = HttpMethod.POST)
public class CpayPauseFilter implements Ordered {

    public static final int ORDER = StrictJsonFilter.ORDER + 100;

    private final CpayCallGuard guard;
    private final Problems problems;

    public CpayPauseFilter(CpayCallGuard guard, Problems problems) {
        this.guard = guard;
        this.problems = problems;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        Optional<Duration> paused = guard.pausedFor();
        if (paused.isEmpty()) {
            return null;
        }
        long seconds = Problems.retryAfterSeconds(paused.get());
        return problems.response(Problem.of(ProblemType.CPAY_UNAVAILABLE)
                        .detail("Calls to C-Pay are paused after repeated failures; nothing was stored or sent. "
                                + "Retry after " + seconds + " s.")
                        .put("outcomeUnknown", false).instance(request.getPath()))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
