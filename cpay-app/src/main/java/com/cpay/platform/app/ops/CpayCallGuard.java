package com.cpay.platform.app.ops;

import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The circuit breaker and the concurrency limit around every C-Pay call (Resilience4j). When most recent calls
 * failed to get an answer, C-Pay is given {@code cpay.guard.open-for} to recover: calls are refused at once,
 * before anything is sent, with {@link GatewayUnavailableException#paused}; then a few trial calls decide whether
 * to close again. At most {@code cpay.guard.max-concurrent-calls} calls are in flight per instance; one more waits
 * up to {@code cpay.guard.max-wait}, then is refused the same way.
 *
 * <p>Only {@link GatewayUnavailableException} (timeout, refused connection, 5xx, unreadable answer) counts as a
 * failure: a refusal in C-Pay's envelope ({@link GatewayRejectedException}) is C-Pay answering. A refusal by this
 * guard never sends anything, so it never leaves an order with an unknown outcome.
 */
@Singleton
public class CpayCallGuard {

    /** The name of both, as the metrics tag them. */
    public static final String NAME = "cpay";
    private static final Logger LOG = LoggerFactory.getLogger(CpayCallGuard.class);

    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final Duration openFor;
    private final Duration maxWait;
    private final Clock clock;
    private volatile Instant openedAt = Instant.MIN;

    public CpayCallGuard(MeterRegistry meters, Clock clock,
                         @Value("${cpay.guard.failure-rate:50}") float failureRate,
                         @Value("${cpay.guard.window:20}") int window,
                         @Value("${cpay.guard.minimum-calls:10}") int minimumCalls,
                         @Value("${cpay.guard.open-for:30s}") Duration openFor,
                         @Value("${cpay.guard.half-open-calls:3}") int halfOpenCalls,
                         @Value("${cpay.guard.max-concurrent-calls:32}") int maxConcurrentCalls,
                         @Value("${cpay.guard.max-wait:1s}") Duration maxWait) {
        require(failureRate > 0 && failureRate <= 100, "cpay.guard.failure-rate must be in (0, 100]");
        require(window >= 1 && minimumCalls >= 1 && halfOpenCalls >= 1 && maxConcurrentCalls >= 1,
                "cpay.guard.window, minimum-calls, half-open-calls and max-concurrent-calls must be positive");
        require(!openFor.isNegative() && !openFor.isZero() && !maxWait.isNegative(),
                "cpay.guard.open-for must be positive and cpay.guard.max-wait not negative");
        this.openFor = openFor;
        this.maxWait = maxWait;
        this.clock = clock;
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(failureRate)
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(window)
                .minimumNumberOfCalls(Math.min(minimumCalls, window))
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(halfOpenCalls)
                .recordException(GatewayUnavailableException.class::isInstance)
                .build());
        BulkheadRegistry bulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(maxConcurrentCalls).maxWaitDuration(maxWait).build());
        this.breaker = breakers.circuitBreaker(NAME);
        this.bulkhead = bulkheads.bulkhead(NAME);
        breaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                openedAt = clock.instant();
            }
            LOG.warn("C-Pay circuit breaker {}", event.getStateTransition());
        });
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
    }

    /**
     * Runs one C-Pay call through the breaker and the limit.
     *
     * @throws GatewayUnavailableException {@link GatewayUnavailableException#paused paused} when refused here,
     *                                     or whatever the call threw
     */
    public <T> T call(String operation, Supplier<T> call) {
        if (!breaker.tryAcquirePermission()) {
            throw GatewayUnavailableException.paused(operation, "too many recent calls failed",
                    pausedFor().orElse(openFor));
        }
        if (!bulkhead.tryAcquirePermission()) {
            breaker.releasePermission();
            throw GatewayUnavailableException.paused(operation, "too many calls in flight", maxWait);
        }
        long start = System.nanoTime();
        try {
            T result = call.get();
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return result;
        } catch (GatewayUnavailableException | GatewayRejectedException answered) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, answered);
            throw answered;
        } catch (RuntimeException | Error unexpected) {
            // a defect on our side says nothing about C-Pay: neither a success nor a failure
            breaker.releasePermission();
            throw unexpected;
        } finally {
            bulkhead.onComplete();
        }
    }

    /**
     * How long calls stay refused, when they are: the rest of the open period (at least a second, as Retry-After
     * counts in whole seconds). Empty when calls may go out (closed, half-open, or the open period is over and the
     * next call will be a trial).
     */
    public Optional<Duration> pausedFor() {
        CircuitBreaker.State state = breaker.getState();
        if (state == CircuitBreaker.State.FORCED_OPEN) {
            return Optional.of(openFor);
        }
        if (state != CircuitBreaker.State.OPEN) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), openedAt.plus(openFor));
        return left.isNegative() || left.isZero() ? Optional.empty()
                : Optional.of(left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left);
    }

    /** How many more calls may go out at once now. */
    public int availableCalls() {
        return bulkhead.getMetrics().getAvailableConcurrentCalls();
    }

    /** The breaker's state, for health and tests. */
    public CircuitBreaker.State state() {
        return breaker.getState();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
