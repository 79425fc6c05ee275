package com.cpay.platform.domain.events;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jmolecules.ddd.annotation.Service;

/**
 * One relay pass: lease, position, publish, advance. At least once: an instance that dies after the broker
 * acknowledged a batch and before it recorded the new position leaves the batch to be sent again by the next
 * holder, with the same event ids. Never out of order: only the lease holder sends, batch after batch, and a batch
 * is recorded only when every event in it was acknowledged.
 */
@Service
public final class RelayEventsService implements RelayEventsUseCase {

    private final OrderEventLog log;
    private final RelayLease lease;
    private final EventPublisher publisher;
    private final Clock clock;
    private final String relay;
    private final Duration leaseFor;
    private final int batchSize;

    /**
     * @param relay     the relay's name in the lease table (one per destination, e.g. the topic)
     * @param leaseFor  how long a lease lasts unless renewed: a dead holder's successor starts at most this late
     * @param batchSize most events sent in one pass
     */
    public RelayEventsService(OrderEventLog log, RelayLease lease, EventPublisher publisher, Clock clock,
                              String relay, Duration leaseFor, int batchSize) {
        this.log = Objects.requireNonNull(log, "log");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.relay = Objects.requireNonNull(relay, "relay");
        this.leaseFor = Objects.requireNonNull(leaseFor, "leaseFor");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        this.batchSize = batchSize;
    }

    @Override
    public Pass relayOnce(String holder) {
        OptionalLong relayed = lease.acquire(relay, holder, clock.instant(), leaseFor);
        if (relayed.isEmpty()) {
            return new Pass(false, 0, Optional.empty(), 0);
        }
        // positions for more than one batch, so that the lag counts what is committed and waits beyond this batch
        log.assignPositions(Math.max(batchSize, ListEventsService.POSITION_BATCH));
        List<OrderEvent> batch = log.after(relayed.getAsLong(), Set.of(), batchSize);
        if (batch.isEmpty()) {
            return new Pass(true, 0, Optional.empty(), 0);
        }
        try {
            publisher.publish(batch);
        } catch (EventPublishingException e) {
            return new Pass(true, 0, Optional.of(e.getMessage()), log.lastPosition() - relayed.getAsLong());
        }
        long position = batch.get(batch.size() - 1).position();
        if (!lease.advance(relay, holder, position, clock.instant())) {
            // another instance took over meanwhile and sends from the last recorded position: repeats, never gaps
            return new Pass(false, batch.size(), Optional.empty(), 0);
        }
        return new Pass(true, batch.size(), Optional.empty(), log.lastPosition() - position);
    }

    @Override
    public void release(String holder) {
        lease.release(relay, holder);
    }
}
