package com.cpay.platform.domain.events;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Who relays the events of a relay name (one per topic), and how far it has got, kept in the database so that of
 * several instances exactly one relays at a time and a new holder goes on where the last one stopped.
 */
@SecondaryPort
public interface RelayLease {

    /**
     * Takes the lease when it is free or expired, or renews it when {@code holder} holds it.
     *
     * @return the position relayed so far when {@code holder} holds the lease now, empty when another does
     */
    OptionalLong acquire(String relay, String holder, Instant now, Duration leaseFor);

    /**
     * Records that everything up to {@code position} is relayed, only if {@code holder} still holds the lease.
     *
     * @return false when the lease was lost (another instance relays now; it starts from the last recorded position)
     */
    boolean advance(String relay, String holder, long position, Instant now);

    /** Gives the lease up at shutdown, so that another instance need not wait for it to expire. */
    void release(String relay, String holder);
}
