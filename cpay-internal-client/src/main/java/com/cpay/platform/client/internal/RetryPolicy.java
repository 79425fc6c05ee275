package com.cpay.platform.client.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often {@link CpayPlatformClient} tries one logical call: at most {@code maxAttempts} attempts in all, waiting
 * {@code initialBackoff} after the first failure, doubled after each (at most {@code maxBackoff}), with up to 50 %
 * taken off at random so that many clients do not retry in step.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    /** 3 attempts, 200 ms then 400 ms (before jitter), at most 5 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5));

    /** One attempt: the caller retries by itself (with the exception's idempotency key for a POST). */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (initialBackoff.isNegative() || maxBackoff.isNegative()) {
            throw new IllegalArgumentException("backoffs must not be negative");
        }
    }

    /** The pause before attempt {@code next} (2 for the first retry). */
    Duration pauseBefore(int next) {
        long base = initialBackoff.toMillis() << Math.min(20, next - 2);
        long capped = Math.min(base, maxBackoff.toMillis());
        long jitter = capped <= 1 ? 0 : ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(capped - jitter);
    }
}
