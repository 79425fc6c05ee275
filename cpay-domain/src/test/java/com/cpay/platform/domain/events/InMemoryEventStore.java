package com.cpay.platform.domain.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** The outbox and the relay lease in memory, with the contracts of {@link OrderEventLog} and {@link RelayLease}. */
final class InMemoryEventStore implements OrderEventLog, RelayLease {

    private final List<OrderEvent> written = new ArrayList<>();
    private final Map<String, Holder> leases = new HashMap<>();
    private long lastPosition;

    /** Writes an event as the order store would, without a position. */
    synchronized OrderEvent write(EventType type, String aggregateId, Instant created) {
        long sequence = written.stream().filter(e -> e.aggregateId().equals(aggregateId)).count() + 1;
        EventId id = EventId.random();
        OrderEvent event = new OrderEvent(id, type, aggregateId, sequence, created,
                "{\"id\":\"" + id + "\",\"type\":\"" + type.wireName() + "\"}", 0);
        written.add(event);
        return event;
    }

    @Override
    public synchronized int assignPositions(int max) {
        int assigned = 0;
        for (int i = 0; i < written.size() && assigned < max; i++) {
            OrderEvent e = written.get(i);
            if (e.position() == 0) {
                written.set(i, new OrderEvent(e.id(), e.type(), e.aggregateId(), e.sequence(), e.created(),
                        e.payload(), ++lastPosition));
                assigned++;
            }
        }
        return assigned;
    }

    @Override
    public synchronized List<OrderEvent> after(long position, Set<EventType> types, int limit) {
        return written.stream().filter(e -> e.position() > position)
                .filter(e -> types.isEmpty() || types.contains(e.type()))
                .sorted(Comparator.comparingLong(OrderEvent::position)).limit(limit).toList();
    }

    @Override
    public synchronized List<OrderEvent> ofOrder(String aggregateId, int limit) {
        List<OrderEvent> all = written.stream().filter(e -> e.aggregateId().equals(aggregateId))
                .sorted(Comparator.comparingLong(OrderEvent::sequence)).toList();
        return all.subList(Math.max(0, all.size() - limit), all.size());
    }

    @Override
    public synchronized Optional<OrderEvent> find(EventId id) {
        return written.stream().filter(e -> e.position() > 0 && e.id().equals(id)).findFirst();
    }

    @Override
    public synchronized int prune(Instant createdBefore) {
        int before = written.size();
        written.removeIf(e -> e.created().isBefore(createdBefore) && written.stream()
                .anyMatch(n -> n.aggregateId().equals(e.aggregateId()) && n.sequence() > e.sequence()));
        return before - written.size();
    }

    @Override
    public synchronized long lastPosition() {
        return lastPosition;
    }

    @Override
    public synchronized OptionalLong acquire(String relay, String holder, Instant now, Duration leaseFor) {
        Holder current = leases.get(relay);
        if (current != null && !current.name.equals(holder) && current.until.isAfter(now)) {
            return OptionalLong.empty();
        }
        long position = current == null ? 0 : current.position;
        leases.put(relay, new Holder(holder, now.plus(leaseFor), position));
        return OptionalLong.of(position);
    }

    @Override
    public synchronized boolean advance(String relay, String holder, long position, Instant now) {
        Holder current = leases.get(relay);
        if (current == null || !current.name.equals(holder) || !current.until.isAfter(now)) {
            return false;
        }
        leases.put(relay, new Holder(holder, current.until, position));
        return true;
    }

    @Override
    public synchronized void release(String relay, String holder) {
        Holder current = leases.get(relay);
        if (current != null && current.name.equals(holder)) {
            leases.put(relay, new Holder(holder, Instant.MIN, current.position));
        }
    }

    private record Holder(String name, Instant until, long position) {
    }
}
