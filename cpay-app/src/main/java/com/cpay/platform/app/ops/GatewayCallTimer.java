package com.cpay.platform.app.ops;

import com.cpay.platform.adapter.http.gateway.CpayCallMetered;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.order.Ordered;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Times every C-Pay operation at the gateway ports ({@link CpayCallMetered}): timer {@code cpay.gateway.calls}
 * tagged {@code operation} (the port method: createDeposit, requestPixPayout, findOrder ...) and {@code outcome}
 * ({@code ok}, {@code rejected} = C-Pay answered code != 0, {@code unavailable} = timeout/unreachable/unreadable,
 * {@code error}, {@code paused} = refused by {@link CpayCallGuard} before anything was sent); Prometheus shows it as {@code cpay_gateway_calls_seconds_*}, with histogram buckets (p50/p95/p99
 * with {@code histogram_quantile}).
 */
@InterceptorBean(CpayCallMetered.class)
class GatewayCallTimer implements MethodInterceptor<Object, Object>, Ordered {

    /** Outermost of the interceptors on the gateway ports. */
    static final int ORDER = 0;

    // the buckets end at the C-Pay client's longest timeout: a slower call is a timeout, counted in +Inf
    private static final Duration SLOWEST_EXPECTED = Duration.ofSeconds(30);

    private final BeanProvider<MeterRegistry> meters;

    // a provider: the registry is looked up at the first call, not when the first gateway is created
    GatewayCallTimer(BeanProvider<MeterRegistry> meters) {
        this.meters = meters;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> call) {
        long start = System.nanoTime();
        String outcome = "ok";
        try {
            return call.proceed();
        } catch (Throwable e) { // rethrown as it came: what proceed() may throw
            outcome = outcomeOf(e);
            throw e;
        } finally {
            Timer.builder("cpay.gateway.calls").description("C-Pay calls by operation and outcome")
                    .publishPercentileHistogram()
                    .maximumExpectedValue(SLOWEST_EXPECTED)
                    .tag("operation", call.getMethodName()).tag("outcome", outcome)
                    .register(meters.get()).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private static String outcomeOf(Throwable failure) {
        if (failure instanceof GatewayUnavailableException unavailable) {
            return unavailable.retryAfter().isPresent() ? "paused" : "unavailable";
        }
        return failure instanceof GatewayRejectedException ? "rejected" : "error";
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
