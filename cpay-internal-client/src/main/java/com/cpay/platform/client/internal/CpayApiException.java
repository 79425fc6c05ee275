package com.cpay.platform.client.internal;

import com.cpay.platform.client.internal.model.Problem;

import java.util.Optional;

/**
 * A call of {@link CpayPlatformClient} that failed, unchecked, with what the API answered: the HTTP status, the
 * problem+json body (RFC 9457: type, title, detail, violations naming field and rule, C-Pay's code and message...)
 * and the raw body. The subclass says what to do about it. For a POST, {@link #idempotencyKey()} is the key every
 * attempt carried: a later retry of the same intention must send it again ({@code ...(…, idempotencyKey)} overloads).
 */
public class CpayApiException extends RuntimeException {

    private final String operation;
    private final int status;
    private final transient Problem problem;
    private final String body;
    private final String idempotencyKey;
    private final int attempts;

    /** What one failed call left: the answer (status 0: none) and how it was asked. */
    record Failure(String operation, int status, Problem problem, String body, String idempotencyKey, int attempts,
                   Throwable cause) {
    }

    CpayApiException(Failure failure) {
        super(message(failure.operation(), failure.status(), failure.problem(), failure.attempts(), failure.cause()),
                failure.cause());
        this.operation = failure.operation();
        this.status = failure.status();
        this.problem = failure.problem();
        this.body = failure.body();
        this.idempotencyKey = failure.idempotencyKey();
        this.attempts = failure.attempts();
    }

    private static String message(String operation, int status, Problem problem, int attempts, Throwable cause) {
        StringBuilder text = new StringBuilder(operation).append(": ");
        if (status == 0) {
            text.append("no answer (").append(cause == null ? "transport failure" : cause.getMessage()).append(')');
        } else {
            text.append("HTTP ").append(status);
        }
        if (problem != null) {
            text.append(' ').append(problem.getTitle());
            if (problem.getDetail() != null) {
                text.append(": ").append(problem.getDetail());
            }
            problem.getViolations().forEach(v -> text.append(" [").append(v.getField()).append(' ').append(v.getRule()).append(']'));
        }
        if (attempts > 1) {
            text.append(" after ").append(attempts).append(" attempts");
        }
        return text.toString();
    }

    /** The operationId of internal-api.yaml, e.g. {@code createDeposit}. */
    public String operation() {
        return operation;
    }

    /** The HTTP status; 0 when no answer came (connection refused, timeout). */
    public int status() {
        return status;
    }

    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    /** The response body as it came (empty when there was none). */
    public String body() {
        return body == null ? "" : body;
    }

    /** The Idempotency-Key of every attempt of a POST; empty for a GET. */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    public int attempts() {
        return attempts;
    }

    /** 400 or 422: the request breaks a rule of the API; {@code problem().getViolations()} name field and rule. */
    public static final class InvalidRequest extends CpayApiException {
        InvalidRequest(Failure failure) {
            super(failure);
        }
    }

    /** 401: the token is missing, unknown or expired. */
    public static final class Unauthorized extends CpayApiException {
        Unauthorized(Failure failure) {
            super(failure);
        }
    }

    /** 404: no such order or event. */
    public static final class NotFound extends CpayApiException {
        NotFound(Failure failure) {
            super(failure);
        }
    }

    /**
     * 409: the merchantTradeNo belongs to another order, or the call with this Idempotency-Key was still running
     * after every retry.
     */
    public static final class Conflict extends CpayApiException {
        Conflict(Failure failure) {
            super(failure);
        }
    }

    /** 502: C-Pay answered and refused; the outcome is known, nothing was done at C-Pay ({@code cpayCode}, {@code cpayMsg}). */
    public static final class CpayRejected extends CpayApiException {
        CpayRejected(Failure failure) {
            super(failure);
        }
    }

    /**
     * 503: C-Pay could not be reached. With {@link #outcomeUnknown()} C-Pay may have acted: do not create a second
     * order, watch the one named by {@code problem().getMerchantTradeNo()}.
     */
    public static final class CpayUnavailable extends CpayApiException {
        CpayUnavailable(Failure failure) {
            super(failure);
        }

        public boolean outcomeUnknown() {
            return problem().map(Problem::getOutcomeUnknown).orElse(Boolean.TRUE);
        }
    }

    /**
     * No answer after every attempt (connection refused, timeout). A POST may have been done: retry it later with the
     * same {@link #idempotencyKey()}.
     */
    public static final class Unanswered extends CpayApiException {
        Unanswered(Failure failure) {
            super(failure);
        }
    }

    static CpayApiException of(Failure failure) {
        return switch (failure.status()) {
            case 0 -> new Unanswered(failure);
            case 400, 422 -> new InvalidRequest(failure);
            case 401 -> new Unauthorized(failure);
            case 404 -> new NotFound(failure);
            case 409 -> new Conflict(failure);
            case 502 -> new CpayRejected(failure);
            case 503 -> new CpayUnavailable(failure);
            default -> new CpayApiException(failure);
        };
    }
}
