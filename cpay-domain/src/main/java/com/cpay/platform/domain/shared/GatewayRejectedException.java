package com.cpay.platform.domain.shared;

import java.util.Optional;

/**
 * C-Pay answered, and its envelope said no ({@code code != 0}). The outcome is known: the operation was
 * not done. Unknown codes are kept as they came (docs/decisions.md, decision 2).
 */
public final class GatewayRejectedException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final long code;
    private final String gatewayMessage;
    private final String traceId;

    /**
     * @param code    C-Pay's code, never 0
     * @param msg     C-Pay's {@code msg}, may be null
     * @param traceId C-Pay's {@code traceid}, may be null (some answers omit it)
     */
    public GatewayRejectedException(long code, String msg, String traceId) {
        super("C-Pay refused the request: code=" + code + ", msg=" + msg
                + (traceId == null ? "" : ", traceid=" + traceId));
        if (code == 0) {
            throw new IllegalArgumentException("code 0 means success, not a rejection");
        }
        this.code = code;
        this.gatewayMessage = msg;
        this.traceId = traceId;
    }

    public long code() {
        return code;
    }

    /** C-Pay's own {@code msg}, if it sent one. */
    public Optional<String> gatewayMessage() {
        return Optional.ofNullable(gatewayMessage);
    }

    /** C-Pay's {@code traceid}, to quote when asking C-Pay support. */
    public Optional<String> traceId() {
        return Optional.ofNullable(traceId);
    }
}
