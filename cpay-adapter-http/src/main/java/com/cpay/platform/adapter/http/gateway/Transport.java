package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.gateway.CpayCallException.Kind;
import com.cpay.platform.domain.shared.ValidationException;
import com.cpay.platform.domain.shared.Violation;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.http.codec.CodecException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs one generated-client call and turns whatever Micronaut or Netty throws into a
 * {@link CpayCallException} of a known kind. Exception messages of the HTTP client are never copied: an error
 * body (which Micronaut puts in the message) may echo the request, card data included.
 */
final class Transport {

    private Transport() {
    }

    /**
     * @throws CpayCallException   when no usable answer came back
     * @throws ValidationException when a value does not fit the operation's wire constraints (nothing was sent)
     */
    static <R> R invoke(String operation, Supplier<R> call) {
        R result;
        try {
            result = call.get();
        } catch (ConstraintViolationException e) {
            throw constraintViolation(operation, e);
        } catch (RuntimeException e) {
            throw classify(operation, e);
        }
        if (result == null) {
            throw CpayCallException.of(Kind.NO_BODY, operation,
                    "C-Pay answered " + operation + " without a body");
        }
        return result;
    }

    static CpayCallException classify(String operation, RuntimeException e) {
        if (e instanceof ReadTimeoutException) {
            return CpayCallException.of(Kind.TIMEOUT, operation,
                    "C-Pay did not answer " + operation + " within the read timeout");
        }
        ErrorAnswerFilter.ErrorStatusException status = find(e, ErrorAnswerFilter.ErrorStatusException.class);
        if (status != null) {
            return fromStatus(operation, status.status(), status.contentType());
        }
        if (e instanceof HttpClientResponseException response) {
            return fromResponse(operation, response);
        }
        if (e instanceof HttpClientException) {
            if (causedBy(e, ConnectException.class)) {
                return CpayCallException.of(Kind.NOT_CONNECTED, operation,
                        "could not connect to C-Pay for " + operation);
            }
            return CpayCallException.of(Kind.CONNECTION_LOST, operation,
                    "the connection to C-Pay was closed before " + operation + " was answered ("
                            + e.getClass().getSimpleName() + ")");
        }
        if (e instanceof CodecException || e instanceof ConversionErrorException) {
            return CpayCallException.of(Kind.UNREADABLE_BODY, operation,
                    "C-Pay's answer to " + operation + " is not its JSON envelope");
        }
        return CpayCallException.of(Kind.UNEXPECTED, operation,
                "the HTTP client failed on " + operation + " (" + e.getClass().getSimpleName() + ")");
    }

    private static CpayCallException fromResponse(String operation, HttpClientResponseException e) {
        int status = e.code();
        String contentType = e.getResponse().getContentType().map(MediaType::toString).orElse("none");
        if (status >= 400) {
            return fromStatus(operation, status, contentType);
        }
        long length = e.getResponse().getContentLength();
        String body = length == 0 ? "an empty body" : "a body that is not C-Pay's JSON envelope";
        return new CpayCallException(Kind.UNREADABLE_BODY, operation, status,
                "C-Pay answered " + operation + " with HTTP " + status + " and " + body
                        + " (content type " + contentType + ")");
    }

    private static CpayCallException fromStatus(String operation, int status, String contentType) {
        if (status >= 500) {
            return new CpayCallException(Kind.SERVER_ERROR, operation, status,
                    "C-Pay answered " + operation + " with HTTP " + status + " (content type " + contentType + ")");
        }
        if (status >= 400) {
            return new CpayCallException(Kind.CLIENT_ERROR, operation, status,
                    "C-Pay refused " + operation + " with HTTP " + status + " (content type " + contentType + ")");
        }
        return new CpayCallException(Kind.UNREADABLE_BODY, operation, status,
                "C-Pay answered " + operation + " with HTTP " + status + " (content type " + contentType + ")");
    }

    private static RuntimeException constraintViolation(String operation, ConstraintViolationException e) {
        List<Violation> violations = new ArrayList<>();
        boolean answer = false;
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            String field = null;
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    answer = true;
                }
                if (node.getKind() == ElementKind.PARAMETER) {
                    field = node.getName();
                }
            }
            if (field != null) {
                violations.add(new Violation(field, "wire-format",
                        field + " does not fit the format C-Pay's " + operation + " accepts"));
            }
        }
        if (answer || violations.isEmpty()) {
            return CpayCallException.of(Kind.INVALID_DATA, operation,
                    "C-Pay's answer to " + operation + " breaks the answer's declared constraints");
        }
        return new ValidationException(violations.stream().distinct().toList());
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return find(e, type) != null;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
