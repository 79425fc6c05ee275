package com.cpay.platform.app.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls until a condition holds. */
public final class Await {

    private Await() {
    }

    public static <T> T until(Supplier<T> value, java.util.function.Predicate<T> done, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached in " + timeout + "; last value: " + last);
            }
            sleep(50);
            last = value.get();
        }
        return last;
    }

    public static void until(BooleanSupplier done, Duration timeout) {
        until(done::getAsBoolean, Boolean::booleanValue, timeout);
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
