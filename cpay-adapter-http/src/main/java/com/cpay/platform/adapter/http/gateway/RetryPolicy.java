package com.cpay.platform.adapter.http.gateway;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How GETs are retried: at most {@code maxAttempts} in all, waiting {@code initialDelay}, then twice as long
 * each time (capped at {@link #MAX_DELAY}), each wait drawn between half and all of it so that clients that
 * failed together do not retry together.
 */
record RetryPolicy(int maxAttempts, Duration initialDelay) {

    static final Duration MAX_DELAY = Duration.ofSeconds(10);

    RetryPolicy {
        maxAttempts = Math.max(1, maxAttempts);
    }

    /** The wait before retry number {@code retry} (1 for the first retry). */
    Duration delayBefore(int retry) {
        long base = initialDelay.toMillis() << Math.min(retry - 1, 20);
        long capped = Math.min(base, MAX_DELAY.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (capped - half == 0 ? 0 : ThreadLocalRandom.current().nextLong(capped - half + 1)));
    }
}
