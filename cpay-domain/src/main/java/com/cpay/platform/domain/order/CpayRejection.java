package com.cpay.platform.domain.order;

import org.jmolecules.ddd.annotation.ValueObject;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import java.time.Instant;
import java.util.Objects;

/**
 * C-Pay's refusal of the call that was to create an order, kept on the order so that it can be shown later.
 *
 * @param code    C-Pay's code, never 0 (0 means success)
 * @param msg     C-Pay's own {@code msg}, as sent; may be null or blank. It is C-Pay's text, never card data
 *                (the HTTP adapter redacts anything sent back from the request)
 * @param traceId C-Pay's {@code traceid}, to quote to C-Pay support; may be null (some answers omit it)
 * @param at      when the refusal was received
 */
@ValueObject
public record CpayRejection(long code, String msg, String traceId, Instant at) {

    public CpayRejection {
        if (code == 0) {
            throw new IllegalArgumentException("code 0 means success, not a rejection");
        }
        Objects.requireNonNull(at, "at");
    }

    /** The refusal carried by this exception, received at {@code at}. */
    public static CpayRejection of(GatewayRejectedException refused, Instant at) {
        Objects.requireNonNull(refused, "refused");
        return new CpayRejection(refused.code(), refused.gatewayMessage().orElse(null),
                refused.traceId().orElse(null), at);
    }
}
