package com.cpay.platform.app.error;

import com.cpay.platform.domain.order.ConcurrentUpdateException;
import com.cpay.platform.domain.shared.ConflictException;
import com.cpay.platform.domain.shared.DomainException;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import com.cpay.platform.domain.shared.NotFoundException;
import com.cpay.platform.domain.shared.ValidationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * Turns problems into HTTP responses whose body is the JSON text itself, so that what is sent can be stored and
 * replayed byte for byte (idempotency), and maps the domain's exceptions to problems.
 */
@Singleton
public class Problems {

    /** {@code application/problem+json}. */
    public static final String PROBLEM_JSON = "application/problem+json";
    /** MDC key of C-Pay's trace id, when an answer named one. */
    public static final String CPAY_TRACE_ID = "cpayTraceId";

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private final JsonMapper json;

    public Problems(JsonMapper json) {
        this.json = json;
    }

    /** The problem as a response: status, {@code application/problem+json}, the JSON text as body. */
    public MutableHttpResponse<String> response(Problem problem) {
        MutableHttpResponse<String> response = HttpResponse.<String>status(HttpStatus.valueOf(problem.status()))
                .contentType(MediaType.of(PROBLEM_JSON))
                .body(write(problem));
        if (problem.type() == ProblemType.UNAUTHORIZED) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response;
    }

    /** Retry-After in whole seconds, rounded up, at least 1. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** The problem a domain exception stands for. */
    public Problem of(DomainException exception, HttpRequest<?> request) {
        Problem problem = map(exception).instance(request.getPath());
        if (exception instanceof GatewayRejectedException rejected) {
            rejected.traceId().ifPresent(id -> MDC.put(CPAY_TRACE_ID, id));
            try {
                LOG.warn("C-Pay refused {} {}: code {}", request.getMethodName(), request.getPath(), rejected.code());
            } finally {
                MDC.remove(CPAY_TRACE_ID);
            }
        } else if (exception instanceof GatewayUnavailableException unavailable) {
            LOG.warn("C-Pay unavailable for {} {} (outcome unknown: {}): {}", request.getMethodName(),
                    request.getPath(), unavailable.outcomeUnknown(), unavailable.getMessage());
        } else if (!(exception instanceof ValidationException) && !(exception instanceof NotFoundException)) {
            LOG.info("{} {} answered {}: {}", request.getMethodName(), request.getPath(), problem.status(),
                    exception.getMessage());
        }
        return problem;
    }

    private static Problem map(DomainException exception) {
        if (exception instanceof ValidationException e) {
            return Problem.of(ProblemType.RULE_VIOLATION).detail(Problem.countRules(e.violations().size()))
                    .violations(e.violations());
        }
        if (exception instanceof NotFoundException) {
            return Problem.of(ProblemType.NOT_FOUND).detail("No order has this merchantTradeNo.");
        }
        if (exception instanceof GatewayRejectedException e) {
            return Problem.of(ProblemType.CPAY_REJECTED).detail("C-Pay answered code " + e.code() + ".")
                    .put("cpayCode", e.code()).put("cpayMsg", e.gatewayMessage().orElse(null))
                    .put("traceId", e.traceId().orElse(null));
        }
        if (exception instanceof GatewayUnavailableException e && e.retryAfter().isPresent()) {
            return Problem.of(ProblemType.CPAY_UNAVAILABLE).detail("Calls to C-Pay are paused after repeated failures "
                            + "or too many in flight; nothing was sent. Retry after "
                            + retryAfterSeconds(e.retryAfter().get()) + " s.")
                    .put("outcomeUnknown", false);
        }
        if (exception instanceof GatewayUnavailableException e) {
            return Problem.of(ProblemType.CPAY_UNAVAILABLE).detail(e.outcomeUnknown()
                            ? "C-Pay did not answer usefully; it may have acted. Nothing is sent again."
                            : "C-Pay could not be reached; nothing was done. Retry later.")
                    .put("outcomeUnknown", e.outcomeUnknown());
        }
        if (exception instanceof ConcurrentUpdateException) {
            return Problem.of(ProblemType.CONFLICT).detail("The order changed meanwhile; retry.");
        }
        if (exception instanceof ConflictException) {
            return Problem.of(ProblemType.CONFLICT).detail("The request conflicts with what is recorded.");
        }
        return Problem.of(ProblemType.INTERNAL_ERROR);
    }

    /** The problem as JSON text. */
    public String write(Problem problem) {
        try {
            return json.writeValueAsString(problem.fields());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
