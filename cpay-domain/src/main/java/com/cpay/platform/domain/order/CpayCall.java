package com.cpay.platform.domain.order;

import com.cpay.platform.domain.shared.CardDataRedaction;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One call made to C-Pay about an order, as an operator needs it to talk to C-Pay support: which operation, when,
 * what came of it and C-Pay's {@code traceid}. Never a request parameter: the detail is C-Pay's {@code msg} or the
 * kind of failure, masked for card numbers and cut to {@value #MAX_DETAIL} characters.
 *
 * @param merchantTradeNo the order the call was about
 * @param operation       C-Pay's operation (withdraw, getOrderDetail ...)
 * @param at              when the answer (or the failure) came
 * @param result          what came of it
 * @param code            C-Pay's {@code code}, when it answered
 * @param traceId         C-Pay's {@code traceid}, when it answered with one
 * @param detail          C-Pay's {@code msg}, or what went wrong
 */
@ValueObject
public record CpayCall(MerchantTradeNo merchantTradeNo, String operation, Instant at, Result result,
                       Optional<Long> code, Optional<String> traceId, Optional<String> detail) {

    /** Longest operation name kept. */
    public static final int MAX_OPERATION = 64;
    /** Longest trace id kept. */
    public static final int MAX_TRACE_ID = 128;
    /** Longest detail kept. */
    public static final int MAX_DETAIL = 500;

    /** What came of a call. */
    public enum Result {
        /** C-Pay answered code 0. */
        ACCEPTED,
        /** C-Pay answered another code. */
        REFUSED,
        /** No usable answer (timeout, lost connection, HTTP error, unreadable answer); C-Pay may have acted. */
        NO_ANSWER
    }

    public CpayCall {
        Checks.required(MerchantTradeNo.FIELD, merchantTradeNo);
        operation = Checks.text("operation", operation, MAX_OPERATION);
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(result, "result");
        code = Objects.requireNonNullElse(code, Optional.empty());
        traceId = Objects.requireNonNullElse(traceId, Optional.<String>empty()).map(String::strip)
                .filter(t -> !t.isEmpty()).map(t -> t.length() > MAX_TRACE_ID ? t.substring(0, MAX_TRACE_ID) : t);
        detail = Objects.requireNonNullElse(detail, Optional.<String>empty()).filter(d -> !d.isBlank())
                .map(d -> CardDataRedaction.excerpt(d, MAX_DETAIL));
    }
}
