package com.cpay.platform.adapter.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the tests set by hand; registered as the context's {@link Clock} bean. Thread-safe. */
final class TestClock extends Clock {

    static final Instant START = Instant.parse("2026-03-10T08:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);

    Instant now() {
        return now.get();
    }

    TestClock set(Instant at) {
        now.set(at);
        return this;
    }

    TestClock advance(Duration by) {
        now.updateAndGet(at -> at.plus(by));
        return this;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
