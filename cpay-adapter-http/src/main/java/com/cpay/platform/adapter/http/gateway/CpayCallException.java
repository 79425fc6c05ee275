package com.cpay.platform.adapter.http.gateway;

import java.util.OptionalInt;

/**
 * Why a call to C-Pay gave no usable answer: the cause of every
 * {@link com.cpay.platform.domain.shared.GatewayUnavailableException} this adapter throws. It never wraps a
 * Micronaut or Netty exception and its message never carries request values, response bodies, keys or
 * signatures: an error body may echo what was sent, card data included.
 */
public final class CpayCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The connection could not be opened: the request never left. */
        NOT_CONNECTED(false, true),
        /** No whole answer within the read timeout. */
        TIMEOUT(true, true),
        /** The connection was closed or reset before an answer came. */
        CONNECTION_LOST(true, true),
        /** HTTP 5xx. */
        SERVER_ERROR(true, true),
        /** HTTP 4xx: the request was refused before C-Pay acted on it. */
        CLIENT_ERROR(false, false),
        /** A 2xx answer whose body is not C-Pay's JSON envelope (HTML page, malformed JSON, empty body ...). */
        UNREADABLE_BODY(true, false),
        /** A 2xx answer without a body where one was expected. */
        NO_BODY(true, false),
        /** The envelope has no {@code code}. */
        INVALID_ENVELOPE(true, false),
        /** The envelope says success but {@code data} does not fit the domain (missing id, bad amount ...). */
        INVALID_DATA(true, false),
        /** The answer's {@code sign} is missing or wrong (docs/decisions.md, decision 12). */
        INVALID_SIGNATURE(true, false),
        /** Anything else the HTTP client reported. */
        UNEXPECTED(true, false);

        private final boolean mayHaveReachedCpay;
        private final boolean transientForQueries;

        Kind(boolean mayHaveReachedCpay, boolean transientForQueries) {
            this.mayHaveReachedCpay = mayHaveReachedCpay;
            this.transientForQueries = transientForQueries;
        }

        /** Whether C-Pay may have received (and acted on) the request. */
        public boolean mayHaveReachedCpay() {
            return mayHaveReachedCpay;
        }

        /** Whether a GET is worth retrying after this failure. */
        public boolean transientForQueries() {
            return transientForQueries;
        }
    }

    private final Kind kind;
    private final String operation;
    private final int httpStatus;

    CpayCallException(Kind kind, String operation, int httpStatus, String message) {
        super(message);
        this.kind = kind;
        this.operation = operation;
        this.httpStatus = httpStatus;
    }

    static CpayCallException of(Kind kind, String operation, String message) {
        return new CpayCallException(kind, operation, -1, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The C-Pay operation, e.g. {@code createOrder}. */
    public String operation() {
        return operation;
    }

    /** The HTTP status of the answer, when there was one. */
    public OptionalInt httpStatus() {
        return httpStatus < 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }
}
