package com.cpay.platform.sandbox.journal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One attempt to deliver a webhook.
 *
 * @param outcome  {@code delivered} (reply OK), {@code retrying}, {@code failed} (attempts exhausted or a forged
 *                 copy), {@code skipped} (no callback URL)
 * @param fault    {@code duplicate}, {@code out-of-order} or {@code bad-signature} when a fault shaped it
 */
@Serdeable
public record WebhookAttempt(long id, long at, String orderId, @Nullable String merchantTradeNo, String orderStatus,
                             @Nullable String url, String format, int attempt, @Nullable Integer httpStatus,
                             @Nullable String reply, String outcome, @Nullable String fault, @Nullable String error,
                             String body) {
}
