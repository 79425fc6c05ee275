package com.cpay.platform.domain.port.out;

import java.time.Instant;

/**
 * Durable record of every webhook received, verified or not (SPEC-DECISIONS rows 13, 14): stored first,
 * deduplicated, then processed, so that "OK" is only ever answered for an event that is safely kept.
 * Implementations must be safe for concurrent calls with the same dedupe key: exactly one of them records.
 */
public interface NotificationInbox {

    /**
     * Stores the notification unless one with the same dedupe key is already stored.
     *
     * @return the entry, {@link InboxEntry.Outcome#RECORDED} when stored now, {@link InboxEntry.Outcome#DUPLICATE}
     *         with the earlier entry's state otherwise
     */
    InboxEntry record(InboundNotification notification);

    /** The event was applied (or was a no-op for its order); a redelivery can be acknowledged without work. */
    void markProcessed(String dedupeKey, Instant at);

    /**
     * The event could not be processed; the reason is kept for a human (field names and rules, never
     * payload values).
     */
    void markFailed(String dedupeKey, String reason, Instant at);
}
