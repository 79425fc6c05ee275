package com.cpay.platform.chaos.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Sleeping and polling without checked exceptions. */
public final class Pause {

    private Pause() {
    }

    public static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Polls every 250 ms until the condition holds; answers whether it did before the timeout. */
    public static boolean until(BooleanSupplier condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            millis(250);
        }
        return true;
    }
}
