package com.cpay.platform.domain.fake;

import com.cpay.platform.domain.notification.InboundNotification;
import com.cpay.platform.domain.notification.InboxEntry;
import com.cpay.platform.domain.notification.InboxEntry.State;
import com.cpay.platform.domain.reconciliation.LookupFinding;
import com.cpay.platform.domain.notification.NotificationInbox;
import com.cpay.platform.domain.notification.NotificationKeys;
import com.cpay.platform.domain.notification.StoredNotification;
import com.cpay.platform.domain.shared.NotFoundException;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The webhook inbox in memory: one entry per dedupe key, recorded atomically, state changes allowed from the
 * same states as the database adapter allows them. Thread-safe.
 */
public final class InMemoryNotificationInbox implements NotificationInbox {

    private static final Set<State> HELD = EnumSet.of(State.UNMATCHED, State.NEEDS_LOOKUP);

    private final Map<String, Stored> entries = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public InboxEntry record(InboundNotification notification) {
        State initial = notification.verified() ? State.RECEIVED : State.REJECTED;
        String payload = notification.payload().orElseGet(() -> notification.refusedBody().orElseThrow().excerpt());
        StoredNotification fresh = new StoredNotification(notification.dedupeKey(), initial, payload,
                notification.receivedAt(), notification.rejectionReason(), NotificationKeys.none(), 0,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        Stored earlier = entries.putIfAbsent(notification.dedupeKey(),
                new Stored(sequence.incrementAndGet(), notification, fresh));
        return earlier == null
                ? new InboxEntry(notification.dedupeKey(), InboxEntry.Outcome.RECORDED, initial)
                : new InboxEntry(notification.dedupeKey(), InboxEntry.Outcome.DUPLICATE, earlier.entry().state());
    }

    @Override
    public void markProcessed(String dedupeKey, Instant at) {
        update(dedupeKey, "processed", EnumSet.of(State.RECEIVED, State.FAILED, State.PROCESSED),
                e -> with(e, State.PROCESSED, Optional.empty()));
    }

    @Override
    public void markProcessed(String dedupeKey, NotificationKeys keys, Instant at) {
        update(dedupeKey, "processed", EnumSet.of(State.RECEIVED, State.FAILED, State.PROCESSED),
                e -> new StoredNotification(e.dedupeKey(), State.PROCESSED, e.payload(), e.receivedAt(),
                        Optional.empty(), keys, e.lookupAttempts(), e.nextLookupAt(), e.finding(), e.lookedUpAt(),
                        e.resolution()));
    }

    @Override
    public void markFailed(String dedupeKey, String reason, Instant at) {
        update(dedupeKey, "failed", EnumSet.of(State.RECEIVED, State.FAILED),
                e -> with(e, State.FAILED, Optional.of(reason)));
    }

    @Override
    public void markUnmatched(String dedupeKey, NotificationKeys keys, String reason, Instant at) {
        hold(dedupeKey, State.UNMATCHED, keys, reason, at);
    }

    @Override
    public void markNeedsLookup(String dedupeKey, NotificationKeys keys, String reason, Instant at) {
        hold(dedupeKey, State.NEEDS_LOOKUP, keys, reason, at);
    }

    @Override
    public List<StoredNotification> dueForLookup(Instant now, int limit) {
        return entries.values().stream()
                .filter(s -> HELD.contains(s.entry().state()) && s.entry().lookedUpAt().isEmpty()
                        && s.entry().nextLookupAt().map(next -> !next.isAfter(now)).orElse(true))
                .sorted(Comparator.comparing((Stored s) -> s.entry().nextLookupAt().orElse(Instant.MIN))
                        .thenComparingLong(Stored::sequence))
                .limit(limit).map(Stored::entry).toList();
    }

    @Override
    public void recordLookup(String dedupeKey, LookupFinding finding, Instant at) {
        update(dedupeKey, "looked up", HELD, e -> new StoredNotification(e.dedupeKey(), State.UNMATCHED,
                e.payload(), e.receivedAt(), e.reason(), e.keys(), e.lookupAttempts(), Optional.empty(),
                Optional.of(finding), Optional.of(at), e.resolution()));
    }

    @Override
    public void lookupFailed(String dedupeKey, String reason, Instant retryAt) {
        update(dedupeKey, "retried", HELD, e -> new StoredNotification(e.dedupeKey(), e.state(), e.payload(),
                e.receivedAt(), e.reason(), e.keys(), e.lookupAttempts() + 1, Optional.of(retryAt), e.finding(),
                e.lookedUpAt(), e.resolution()));
    }

    @Override
    public void markResolved(String dedupeKey, String resolution, Instant at) {
        update(dedupeKey, "resolved", EnumSet.of(State.UNMATCHED, State.NEEDS_LOOKUP, State.RESOLVED),
                e -> new StoredNotification(e.dedupeKey(), State.RESOLVED, e.payload(), e.receivedAt(), e.reason(),
                        e.keys(), e.lookupAttempts(), Optional.empty(), e.finding(), e.lookedUpAt(),
                        Optional.of(resolution)));
    }

    @Override
    public Optional<StoredNotification> find(String dedupeKey) {
        return Optional.ofNullable(entries.get(dedupeKey)).map(Stored::entry);
    }

    @Override
    public List<StoredNotification> listByState(State state, int limit) {
        return entries.values().stream().filter(s -> s.entry().state() == state)
                .sorted(Comparator.comparing((Stored s) -> s.entry().receivedAt()).thenComparingLong(Stored::sequence))
                .limit(limit).map(Stored::entry).toList();
    }

    @Override
    public List<StoredNotification> aboutOrder(NotificationKeys keys, int limit) {
        return entries.values().stream().filter(s -> about(s, keys))
                .sorted(Comparator.comparing((Stored s) -> s.entry().receivedAt()).thenComparingLong(Stored::sequence)
                        .reversed())
                .limit(limit).map(Stored::entry).toList();
    }

    private static boolean about(Stored s, NotificationKeys keys) {
        NotificationKeys kept = s.entry().keys();
        if (s.entry().state() == State.REJECTED) {
            return keys.merchantTradeNo().map(no -> s.entry().payload().contains(no.value())).orElse(false);
        }
        return (kept.merchantTradeNo().isPresent() && kept.merchantTradeNo().equals(keys.merchantTradeNo()))
                || (kept.orderId().isPresent() && kept.orderId().equals(keys.orderId()))
                || (kept.hash().isPresent() && kept.hash().equals(keys.hash()));
    }

    /** The stored entry's state. */
    public Optional<State> state(String dedupeKey) {
        return find(dedupeKey).map(StoredNotification::state);
    }

    /** Why the entry is in its state (rejected, failed, held), if it says. */
    public Optional<String> reason(String dedupeKey) {
        return find(dedupeKey).flatMap(StoredNotification::reason);
    }

    /** The notification as first stored. */
    public Optional<InboundNotification> notification(String dedupeKey) {
        return Optional.ofNullable(entries.get(dedupeKey)).map(Stored::notification);
    }

    public int size() {
        return entries.size();
    }

    /** The dedupe keys of every entry in this state. */
    public List<String> keysIn(State state) {
        return entries.entrySet().stream().filter(e -> e.getValue().entry().state() == state)
                .map(Map.Entry::getKey).sorted().toList();
    }

    private void hold(String dedupeKey, State state, NotificationKeys keys, String reason, Instant at) {
        update(dedupeKey, state.name(), EnumSet.of(State.RECEIVED, State.FAILED),
                e -> new StoredNotification(e.dedupeKey(), state, e.payload(), e.receivedAt(), Optional.of(reason),
                        keys, 0, Optional.of(at), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    private static StoredNotification with(StoredNotification e, State state, Optional<String> reason) {
        return new StoredNotification(e.dedupeKey(), state, e.payload(), e.receivedAt(), reason, e.keys(),
                e.lookupAttempts(), e.nextLookupAt(), e.finding(), e.lookedUpAt(), e.resolution());
    }

    private void update(String key, String what, Set<State> from, UnaryOperator<StoredNotification> change) {
        Stored changed = entries.computeIfPresent(key, (k, s) -> {
            if (!from.contains(s.entry().state())) {
                throw new IllegalStateException("an inbox entry in state " + s.entry().state() + " cannot be marked "
                        + what);
            }
            return new Stored(s.sequence(), s.notification(), change.apply(s.entry()));
        });
        if (changed == null) {
            throw new NotFoundException("no inbox entry " + key);
        }
    }

    private record Stored(long sequence, InboundNotification notification, StoredNotification entry) {
    }
}
