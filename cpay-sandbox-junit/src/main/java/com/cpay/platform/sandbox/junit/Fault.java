package com.cpay.platform.sandbox.junit;

import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.fault.FaultSpec;

import java.time.Duration;

/**
 * A fault for the simulator to inject on one operation (an operationId such as {@code withdraw}, or {@code *}),
 * once unless {@link #times(int)} or {@link #rate(double)} says otherwise. For webhook faults the operation is the
 * one that created the order ({@code deposit} for no-order deposits).
 * <pre>{@code
 * sandbox.injectFault(Fault.httpError("createOrder", 503).times(2));
 * sandbox.injectFault(Fault.dropConnection("withdraw"));        // processed, then no answer at all
 * }</pre>
 */
public record Fault(String operation, FaultKind kind, Integer count, Double rate, Long latencyMs, Integer httpStatus,
                    Long code, String msg) {

    /** Answer this HTTP status without processing the request. */
    public static Fault httpError(String operation, int httpStatus) {
        return new Fault(operation, FaultKind.HTTP_ERROR, null, null, null, httpStatus, null, null);
    }

    /** Answer a C-Pay envelope with this code (1 "fail", 90751015 "pay fail") without processing the request. */
    public static Fault envelopeError(String operation, long code, String msg) {
        return new Fault(operation, FaultKind.ENVELOPE_ERROR, null, null, null, null, code, msg);
    }

    /** Wait before handling the request. */
    public static Fault latency(String operation, Duration delay) {
        return new Fault(operation, FaultKind.LATENCY, null, null, delay.toMillis(), null, null, null);
    }

    /** Process the request (the order exists), then close the connection without an answer. */
    public static Fault dropConnection(String operation) {
        return of(operation, FaultKind.DROP_CONNECTION);
    }

    /** Process the request, then answer 200 with a cut-off JSON body. */
    public static Fault malformedJson(String operation) {
        return of(operation, FaultKind.MALFORMED_JSON);
    }

    /** Deliver the order's next webhook twice. */
    public static Fault duplicateWebhook(String operation) {
        return of(operation, FaultKind.WEBHOOK_DUPLICATE);
    }

    /** Hold the order's next non-final webhook back until after the following one. */
    public static Fault webhookOutOfOrder(String operation) {
        return of(operation, FaultKind.WEBHOOK_OUT_OF_ORDER);
    }

    /** Send a copy signed with a wrong key before the order's next webhook. */
    public static Fault badlySignedWebhook(String operation) {
        return of(operation, FaultKind.WEBHOOK_BAD_SIGNATURE);
    }

    public static Fault of(String operation, FaultKind kind) {
        return new Fault(operation, kind, null, null, null, null, null, null);
    }

    /** Fires this many times (default once). */
    public Fault times(int times) {
        return new Fault(operation, kind, times, rate, latencyMs, httpStatus, code, msg);
    }

    /** Fires on each matching request with this probability (0..1), without limit unless {@link #times(int)}. */
    public Fault rate(double probability) {
        return new Fault(operation, kind, count, probability, latencyMs, httpStatus, code, msg);
    }

    FaultSpec spec() {
        return new FaultSpec(operation, kind, count, rate, latencyMs, httpStatus, code, msg);
    }
}
