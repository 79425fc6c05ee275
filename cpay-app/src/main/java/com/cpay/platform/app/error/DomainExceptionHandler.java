package com.cpay.platform.app.error;

import com.cpay.platform.domain.shared.DomainException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import io.micronaut.context.annotation.Requirements;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Every failure the domain reports on purpose, as a problem (422, 404, 409, 502, 503). */
@Produces
@Singleton
@Requirements(@Requires(classes = {DomainException.class, ExceptionHandler.class}))
public class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<?>> {

    private final Problems problems;

    public DomainExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DomainException exception) {
        MutableHttpResponse<String> response = problems.response(problems.of(exception, request));
        if (exception instanceof GatewayUnavailableException unavailable) {
            unavailable.retryAfter().ifPresent(wait ->
                    response.header(HttpHeaders.RETRY_AFTER, Long.toString(Problems.retryAfterSeconds(wait))));
        }
        return response;
    }
}
