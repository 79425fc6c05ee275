package com.cpay.platform.app.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

import java.util.List;

/**
 * A request that breaks the API description (a pattern, a length, a required field, an unknown enum value is
 * handled by {@link MicronautErrors}) is 400 {@code malformed-request} listing every field and rule.
 */
@Produces
@Singleton
@Replaces(ConstraintExceptionHandler.class)
public class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

    private final Problems problems;

    public ConstraintViolationHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        var violations = exception.getConstraintViolations() == null ? List.<com.cpay.platform.domain.shared.Violation>of()
                : ConstraintViolations.read(exception.getConstraintViolations());
        return problems.response(Problem.of(ProblemType.MALFORMED_REQUEST)
                .detail(Problem.countFields(violations.size()))
                .instance(request.getPath()).violations(violations));
    }
}
