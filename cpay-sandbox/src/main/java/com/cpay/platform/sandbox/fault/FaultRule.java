package com.cpay.platform.sandbox.fault;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An active fault: its spec with defaults filled in, how many firings remain (null: unlimited), how many happened. */
@Serdeable
public record FaultRule(long id, String operation, FaultKind kind, @Nullable Integer remaining, @Nullable Double rate,
                        long latencyMs, int httpStatus, long code, String msg, int fired) {
}
