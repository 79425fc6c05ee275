package com.cpay.platform.domain.fake;

import com.cpay.platform.domain.port.out.InboundNotification;
import com.cpay.platform.domain.port.out.InboxEntry;
import com.cpay.platform.domain.port.out.NotificationInbox;
import com.cpay.platform.domain.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The webhook inbox in memory: one entry per dedupe key, recorded atomically. Thread-safe. */
public final class InMemoryNotificationInbox implements NotificationInbox {

    private final Map<String, Stored> entries = new ConcurrentHashMap<>();

    @Override
    public InboxEntry record(InboundNotification notification) {
        Stored fresh = new Stored(notification,
                notification.verified() ? InboxEntry.State.RECEIVED : InboxEntry.State.REJECTED,
                notification.rejectionReason(), notification.receivedAt());
        Stored earlier = entries.putIfAbsent(notification.dedupeKey(), fresh);
        return earlier == null
                ? new InboxEntry(notification.dedupeKey(), InboxEntry.Outcome.RECORDED, fresh.state())
                : new InboxEntry(notification.dedupeKey(), InboxEntry.Outcome.DUPLICATE, earlier.state());
    }

    @Override
    public void markProcessed(String dedupeKey, Instant at) {
        update(dedupeKey, s -> new Stored(s.notification(), InboxEntry.State.PROCESSED, Optional.empty(), at));
    }

    @Override
    public void markFailed(String dedupeKey, String reason, Instant at) {
        update(dedupeKey, s -> new Stored(s.notification(), InboxEntry.State.FAILED, Optional.of(reason), at));
    }

    /** The stored entry's state. */
    public Optional<InboxEntry.State> state(String dedupeKey) {
        return Optional.ofNullable(entries.get(dedupeKey)).map(Stored::state);
    }

    /** Why the entry was rejected or failed, if it was. */
    public Optional<String> reason(String dedupeKey) {
        return Optional.ofNullable(entries.get(dedupeKey)).flatMap(Stored::reason);
    }

    /** The notification as first stored. */
    public Optional<InboundNotification> notification(String dedupeKey) {
        return Optional.ofNullable(entries.get(dedupeKey)).map(Stored::notification);
    }

    public int size() {
        return entries.size();
    }

    /** The dedupe keys of every entry in this state. */
    public List<String> keysIn(InboxEntry.State state) {
        return entries.entrySet().stream().filter(e -> e.getValue().state() == state).map(Map.Entry::getKey)
                .sorted().toList();
    }

    private void update(String key, java.util.function.UnaryOperator<Stored> change) {
        if (entries.computeIfPresent(key, (k, s) -> change.apply(s)) == null) {
            throw new NotFoundException("no inbox entry " + key);
        }
    }

    private record Stored(InboundNotification notification, InboxEntry.State state, Optional<String> reason,
                          Instant changedAt) {
    }
}
