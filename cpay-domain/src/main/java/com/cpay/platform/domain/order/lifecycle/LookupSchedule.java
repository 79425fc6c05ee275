package com.cpay.platform.domain.order.lifecycle;

import java.time.Duration;
import java.time.Instant;

/**
 * When an order whose outcome is unknown is looked up again, and when a person must take over
 * (docs/decisions.md, decision 25): the first lookup a minute after the lost answer, then doubling up to an hour, and
 * the order goes to review after {@link #LOOKUPS_BEFORE_REVIEW} lookups that told nothing (about an hour).
 * Lookups go on after that, an hour apart: a late webhook or lookup still settles the order.
 */
public final class LookupSchedule {

    public static final Duration FIRST = Duration.ofMinutes(1);
    public static final Duration LONGEST = Duration.ofHours(1);
    public static final int LOOKUPS_BEFORE_REVIEW = 6;

    private LookupSchedule() {
    }

    public static Instant first(Instant now) {
        return now.plus(FIRST);
    }

    /** The lookup after {@code lookupsSoFar} inconclusive ones. */
    public static Instant after(int lookupsSoFar, Instant now) {
        Duration wait = FIRST.multipliedBy(1L << Math.min(lookupsSoFar, 6));
        return now.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
    }

    public static boolean reviewDue(int lookupsSoFar) {
        return lookupsSoFar >= LOOKUPS_BEFORE_REVIEW;
    }
}
