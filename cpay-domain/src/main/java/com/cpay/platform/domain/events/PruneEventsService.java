package com.cpay.platform.domain.events;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.jmolecules.ddd.annotation.Service;

/**
 * Keeps the outbox to its retention: events older than it are deleted (except each order's newest, which carries
 * its sequence). A reader that stopped for longer than the retention misses events; the order itself still shows
 * its whole history.
 */
@Service
public final class PruneEventsService {

    private final OrderEventLog log;
    private final Clock clock;
    private final Duration retention;

    public PruneEventsService(OrderEventLog log, Clock clock, Duration retention) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive");
        }
    }

    /** Deletes what is past the retention; returns how many events. */
    public int prune() {
        return log.prune(clock.instant().minus(retention));
    }
}
