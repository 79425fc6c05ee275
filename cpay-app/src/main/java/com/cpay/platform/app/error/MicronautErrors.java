package com.cpay.platform.app.error;

import com.cpay.platform.domain.shared.Violation;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.web.router.exceptions.UnsatisfiedHeaderRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedQueryValueRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Micronaut's own error answers (unknown route, wrong method, unsupported media type, body, request line or headers
 * too large, unreadable JSON, a missing header, a value of the wrong type, an unexpected failure) as problems: the
 * status Micronaut chose (corrected for an oversized request line or headers), a fixed title, never the exception's
 * message or a stack trace, since those may repeat what the caller sent (a card number in a malformed body) or
 * describe internals.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class MicronautErrors implements ErrorResponseProcessor<String> {

    // Serde names the property it failed to decode: "Error decoding property [PixAccountType accountType] of ..."
    private static final Pattern DECODED_PROPERTY = Pattern.compile("property \\[(?:[^\\]\\s]+ )?([A-Za-z0-9_]+)\\]");

    private final Problems problems;

    public MicronautErrors(Problems problems) {
        this.problems = problems;
    }

    @Override
    public MutableHttpResponse<String> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        Optional<Integer> undecodable = undecodable(context.getRequest());
        int status = undecodable.orElse(response.code());
        response.status(status);
        if (undecodable.isPresent()) {
            // after a request it could not read, Netty's decoder discards the rest of the connection: say so, so
            // that a client does not send its next request on it and meet a closed socket (RFC 9112, 9.6)
            response.header(HttpHeaders.CONNECTION, "close");
        }
        Problem problem = Problem.ofStatus(status).instance(context.getRequest().getPath());
        Optional<Throwable> cause = context.getRootCause();
        if (status == 400) {
            List<Violation> violations = violations(cause.orElse(null));
            problem.detail("The request cannot be read as the API describes it.").violations(violations);
        } else {
            problem.detail(detail(status));
        }
        @SuppressWarnings("unchecked")
        MutableHttpResponse<String> answer = (MutableHttpResponse<String>) response;
        answer.contentType(MediaType.of(Problems.PROBLEM_JSON)).body(problems.write(problem));
        if (status == 401) {
            answer.header("WWW-Authenticate", "Bearer");
        }
        return answer;
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This path does not accept this method.";
            case 406 -> "The requested representation is not available.";
            case 413 -> "The request body exceeds the size limit.";
            case 414 -> "The request line (path and query) exceeds the size limit.";
            case 431 -> "The request headers exceed the size limit.";
            case 415 -> "Send application/json.";
            case 401 -> "Send Authorization: Bearer <token>.";
            default -> status >= 500 ? "The request could not be completed. It was logged." : "The request failed.";
        };
    }

    /*
     * Netty refuses a request line or header block over its limits before Micronaut sees a request, and Micronaut
     * answers every such refusal 413, as if the body were too large. A caller who sent a long query needs to know
     * it was the query: 414, or 431 for the headers. The cause survives only in the native request.
     */
    private static Optional<Integer> undecodable(HttpRequest<?> request) {
        if (!(request instanceof NettyHttpRequest<?> netty)) {
            return Optional.empty();
        }
        DecoderResult result = netty.getNativeRequest().decoderResult();
        if (result.isSuccess()) {
            return Optional.empty();
        }
        Throwable cause = result.cause();
        if (cause instanceof TooLongHttpLineException) {
            return Optional.of(414);
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return Optional.of(431);
        }
        return Optional.empty();
    }

    static List<Violation> violations(Throwable cause) {
        List<Violation> violations = new ArrayList<>();
        if (cause instanceof UnsatisfiedHeaderRouteException e) {
            violations.add(new Violation(e.getHeaderName(), "required", e.getHeaderName() + " is required"));
        } else if (cause instanceof UnsatisfiedQueryValueRouteException e) {
            violations.add(new Violation(e.getQueryParameterName(), "required",
                    e.getQueryParameterName() + " is required"));
        } else if (cause instanceof UnsatisfiedRouteException e) {
            String name = e.getArgument().getName();
            String field = name.endsWith("Request") ? "body" : name;
            violations.add(new Violation(field, "required", field + " is required"));
        } else if (cause instanceof ConversionErrorException e) {
            String field = decodedProperty(e).orElseGet(() -> {
                String name = e.getArgument().getName();
                return name.endsWith("Request") ? "body" : name;
            });
            violations.add(new Violation(field, "malformed", field + " cannot be read as the API describes it"));
        } else if (cause != null && cause.getClass().getName().contains("Json")) {
            violations.add(new Violation("body", "json", "the body is not valid JSON"));
        }
        return violations;
    }

    private static Optional<String> decodedProperty(Throwable error) {
        String last = null;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            Matcher m = DECODED_PROPERTY.matcher(message);
            while (m.find()) {
                last = m.group(1);
            }
        }
        return Optional.ofNullable(last);
    }
}
