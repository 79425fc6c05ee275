package com.cpay.platform.sandbox.state;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One step of an order's history: the status it entered, when (epoch ms) and why. */
@Serdeable
public record StatusChange(OrderStatus status, long at, @Nullable String reason) {
}
