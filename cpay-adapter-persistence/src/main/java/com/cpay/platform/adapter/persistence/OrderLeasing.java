package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.shared.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Hands stale non-terminal orders to one reconciliation worker at a time. Must run inside a transaction.
 * <ul>
 *   <li>PostgreSQL: {@code SELECT ... FOR UPDATE SKIP LOCKED} picks rows no other transaction is leasing,
 *       and the same transaction writes {@code lease_holder}/{@code lease_until}; once it commits, the lease
 *       time keeps the rows out of every other claim until it runs out.</li>
 *   <li>H2: candidates are read without locks, then claimed one by one with a conditional
 *       {@code UPDATE ... WHERE lease_until <= now ...}; only an update count of 1 counts as claimed, so of
 *       two claimers of one row exactly one gets it (the other's update waits for the row lock and then finds
 *       the lease taken).</li>
 * </ul>
 */
final class OrderLeasing {

    /** Longest holder name (the {@code lease_holder} column). */
    static final int MAX_HOLDER_LENGTH = 128;

    private final OrderRows orders;
    private final Clock clock;
    private final Supplier<DatabaseKind> database;

    OrderLeasing(OrderRows orders, Clock clock, Supplier<DatabaseKind> database) {
        this.orders = orders;
        this.clock = clock;
        this.database = database;
    }

    /** The ids of the leased orders, oldest update first. */
    List<Long> lease(String merchantId, int max, Duration olderThan, String holder, Duration leaseFor) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        Checks.text("holder", holder, MAX_HOLDER_LENGTH);
        Objects.requireNonNull(olderThan, "olderThan");
        Objects.requireNonNull(leaseFor, "leaseFor");
        if (olderThan.isNegative() || leaseFor.isNegative() || leaseFor.isZero()) {
            throw new IllegalArgumentException("olderThan must not be negative and leaseFor must be positive");
        }
        Instant now = clock.instant();
        Instant staleBefore = now.minus(olderThan);
        Instant until = now.plus(leaseFor);
        if (database.get() == DatabaseKind.POSTGRESQL) {
            List<Long> ids = orders.lockStaleIds(merchantId, staleBefore, now, max);
            if (!ids.isEmpty()) {
                orders.leaseAll(ids, holder, until);
            }
            return ids;
        }
        // Twice as many candidates as wanted, so losing some races to another holder still fills the batch.
        List<Long> claimed = new ArrayList<>(max);
        for (Long id : orders.findStaleIds(merchantId, staleBefore, now, Math.min(max, 10_000) * 2)) {
            if (claimed.size() == max) {
                break;
            }
            if (orders.claim(id, holder, until, staleBefore, now) == 1) {
                claimed.add(id);
            }
        }
        return claimed;
    }
}
