package com.cpay.platform.app.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** {@link MalformedRequestException} as 400 {@code malformed-request}. */
@Produces
@Singleton
public class MalformedRequestHandler implements ExceptionHandler<MalformedRequestException, HttpResponse<?>> {

    private final Problems problems;

    public MalformedRequestHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, MalformedRequestException exception) {
        return problems.response(Problem.of(ProblemType.MALFORMED_REQUEST)
                .detail("The request cannot be read as the API describes it.").instance(request.getPath())
                .violations(exception.violations()));
    }
}
