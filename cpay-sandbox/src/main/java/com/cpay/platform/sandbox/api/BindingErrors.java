package com.cpay.platform.sandbox.api;

import com.cpay.platform.sandbox.generated.model.Envelope;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Error;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.stream.Collectors;

/**
 * Local error handlers of the C-Pay API controller: a parameter that is missing, does not convert, or breaks a
 * constraint of the spec is answered like any refusal (HTTP 200, code 1, a message naming the parameter),
 * never with a framework error page. Being local, they leave an embedding application's errors alone.
 * Messages name parameters and rules, never values (card data must not be echoed).
 */
abstract class BindingErrors {

    private static final Logger LOG = LoggerFactory.getLogger(BindingErrors.class);

    @Error(exception = ConstraintViolationException.class)
    HttpResponse<Envelope> constraintViolated(HttpRequest<?> request, ConstraintViolationException e) {
        String message = e.getConstraintViolations().stream()
                .map(v -> parameter(v) + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return envelope(request, Refusals.INVALID_PARAMETER, message);
    }

    @Error(exception = UnsatisfiedRouteException.class)
    HttpResponse<Envelope> unsatisfiedRoute(HttpRequest<?> request, UnsatisfiedRouteException e) {
        return envelope(request, Refusals.INVALID_PARAMETER, e.getArgument().getName() + " is required");
    }

    @Error(exception = UnsatisfiedArgumentException.class)
    HttpResponse<Envelope> unsatisfiedArgument(HttpRequest<?> request, UnsatisfiedArgumentException e) {
        return envelope(request, Refusals.INVALID_PARAMETER, e.getArgument().getName() + " is required");
    }

    @Error(exception = ConversionErrorException.class)
    HttpResponse<Envelope> notConverted(HttpRequest<?> request, ConversionErrorException e) {
        return envelope(request, Refusals.INVALID_PARAMETER,
                e.getArgument().getName() + " has a value that is not allowed");
    }

    @Error(exception = RuntimeException.class)
    HttpResponse<Envelope> unexpected(HttpRequest<?> request, RuntimeException e) {
        LOG.warn("C-Pay sandbox: unexpected {} on {}", e.getClass().getName(), request.getPath());
        return envelope(request, Refusals.INTERNAL_ERROR,
                "internal error of the sandbox (" + e.getClass().getSimpleName() + ")");
    }

    private static String parameter(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name == null ? "parameter" : name;
    }

    private static HttpResponse<Envelope> envelope(HttpRequest<?> request, String refusal, String message) {
        request.getAttribute(Exchange.ATTRIBUTE, Exchange.class)
                .ifPresent(exchange -> exchange.refusalReason = refusal);
        return HttpResponse.ok(Envelopes.failure(1, message)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
