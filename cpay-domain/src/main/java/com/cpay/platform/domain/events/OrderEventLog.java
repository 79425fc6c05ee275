package com.cpay.platform.domain.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The outbox as readers see it. Events are written by the order store in the transaction of their change; a
 * transaction that began earlier may commit later, so an event gets its {@linkplain OrderEvent#position() position}
 * only once it is committed ({@link #assignPositions}), in the order it was written. A reader that goes on from the
 * last position it saw therefore never skips an event that commits late, and one order's events keep their order.
 */
@SecondaryPort
public interface OrderEventLog {

    /**
     * Gives committed events without a position the next positions, in the order they were written, at most
     * {@code max} of them; safe to call from several instances at once (one assigns, the others wait).
     *
     * @return how many got one
     */
    int assignPositions(int max);

    /**
     * Events with a position greater than {@code position}, in position order, at most {@code limit}; only of the
     * given types unless {@code types} is empty.
     */
    List<OrderEvent> after(long position, Set<EventType> types, int limit);

    /**
     * The events of one order (its {@linkplain OrderEvent#aggregateId() aggregate id}), committed, positioned or not
     * yet, the newest {@code limit} of them in their sequence order: what an operator reads on the order's page.
     */
    List<OrderEvent> ofOrder(String aggregateId, int limit);

    /** The event, once it has a position. */
    Optional<OrderEvent> find(EventId id);

    /**
     * Deletes events created before {@code createdBefore}, except the newest event of each aggregate (it carries
     * the sequence the next event of that order continues from).
     *
     * @return how many were deleted
     */
    int prune(Instant createdBefore);

    /** The greatest position given so far, 0 when none. */
    long lastPosition();
}
