package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.events.RelayLease;
import com.cpay.platform.domain.shared.Checks;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The relay lease in {@code event_relays}: the row is locked while it is taken or renewed, so of two instances
 * asking at once one waits and then finds it held. The first instance ever creates the row; if two create it at
 * once, the loser's unique violation means "held" for this round.
 */
final class JdbcRelayLease implements RelayLease {

    private final RelayRows rows;
    private final TransactionOperations<Connection> tx;

    JdbcRelayLease(RelayRows rows, TransactionOperations<Connection> tx) {
        this.rows = rows;
        this.tx = tx;
    }

    @Override
    public OptionalLong acquire(String relay, String holder, Instant now, Duration leaseFor) {
        Checks.text("relay", relay, 128);
        Checks.text("holder", holder, OrderLeasing.MAX_HOLDER_LENGTH);
        Instant until = now.plus(leaseFor);
        try {
            return tx.executeWrite(s -> {
                Optional<RelayRow> row = rows.lock(relay);
                if (row.isEmpty()) {
                    rows.insert(relay, holder, until, now);
                    return OptionalLong.of(0);
                }
                RelayRow r = row.get();
                boolean mine = holder.equals(r.holder());
                boolean free = r.holder() == null || r.leaseUntil() == null || !r.leaseUntil().isAfter(now);
                if (!mine && !free) {
                    return OptionalLong.empty();
                }
                rows.lease(relay, holder, until, now);
                return OptionalLong.of(r.relayedPosition());
            });
        } catch (DataAccessException e) {
            if (SqlErrors.uniqueViolation(e).isPresent()) {
                return OptionalLong.empty(); // another instance created the row this instant: it holds the lease
            }
            throw e;
        }
    }

    @Override
    public boolean advance(String relay, String holder, long position, Instant now) {
        return tx.executeWrite(s -> rows.advance(relay, holder, position, now)) == 1;
    }

    @Override
    public void release(String relay, String holder) {
        tx.executeWrite(s -> rows.release(relay, holder));
    }
}
