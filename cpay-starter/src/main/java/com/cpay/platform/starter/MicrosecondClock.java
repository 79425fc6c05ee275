package com.cpay.platform.starter;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The system clock in whole microseconds, the finest PostgreSQL and H2 store. Not {@code Clock.tick}: on Java 17 a
 * tick below a millisecond makes its {@code millis()} divide by zero.
 */
final class MicrosecondClock extends Clock {

    private final Clock system;

    MicrosecondClock(Clock system) {
        this.system = Objects.requireNonNull(system, "system");
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MicrosecondClock(system.withZone(zone));
    }

    @Override
    public long millis() {
        return system.millis();
    }

    @Override
    public Instant instant() {
        return system.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
