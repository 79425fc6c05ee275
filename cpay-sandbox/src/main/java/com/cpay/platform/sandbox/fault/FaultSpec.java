package com.cpay.platform.sandbox.fault;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A fault to inject, as posted to {@code POST /sandbox/v1/faults}.
 *
 * @param operation  an operationId of cpay-merchant-api.yaml (for webhook faults: of the operation that created
 *                   the order, or {@code deposit} for no-order deposits), or {@code *} for all; default {@code *}
 * @param count      how many times it fires; default 1 when no rate is given, unlimited when a rate is given
 * @param rate       probability (0..1) that it fires on a matching request
 * @param latencyMs  LATENCY: the delay (default 1000)
 * @param httpStatus HTTP_ERROR: the status (default 503)
 * @param code       ENVELOPE_ERROR: the envelope code (default 1; 90751015 is "pay fail")
 * @param msg        ENVELOPE_ERROR: the message (default "fail", or "pay fail" for 90751015)
 */
@Serdeable
public record FaultSpec(@Nullable String operation, FaultKind kind, @Nullable Integer count, @Nullable Double rate,
                        @Nullable Long latencyMs, @Nullable Integer httpStatus, @Nullable Long code,
                        @Nullable String msg) {
}
