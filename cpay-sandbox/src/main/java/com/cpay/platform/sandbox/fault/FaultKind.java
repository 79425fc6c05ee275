package com.cpay.platform.sandbox.fault;

/** The faults the simulator can inject. */
public enum FaultKind {
    /** Wait {@code latencyMs} before handling the request. */
    LATENCY(false),
    /** Answer HTTP {@code httpStatus} (default 503) without handling the request. */
    HTTP_ERROR(false),
    /** Handle the request (the order exists), then close the connection without an answer. */
    DROP_CONNECTION(false),
    /** Answer the envelope {@code code} (default 1) and {@code msg} without handling the request. */
    ENVELOPE_ERROR(false),
    /** Handle the request, then answer HTTP 200 with a cut-off JSON body. */
    MALFORMED_JSON(false),
    /** Deliver the order's next webhook twice. */
    WEBHOOK_DUPLICATE(true),
    /** Hold the order's next non-final webhook back and deliver it after the following one. */
    WEBHOOK_OUT_OF_ORDER(true),
    /** Before the order's next webhook, send a copy signed with a wrong key (not retried). */
    WEBHOOK_BAD_SIGNATURE(true);

    private final boolean webhook;

    FaultKind(boolean webhook) {
        this.webhook = webhook;
    }

    public boolean webhook() {
        return webhook;
    }
}
