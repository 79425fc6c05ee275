package com.cpay.platform.domain.notification;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import com.cpay.platform.domain.reconciliation.LookupFinding;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable record of every webhook received, verified or not (docs/decisions.md, decisions 13, 14): stored first,
 * deduplicated, then processed, so that "OK" is only ever answered for an event that is safely kept.
 * Implementations must be safe for concurrent calls with the same dedupe key: exactly one of them records.
 *
 * <p>A verified notification that matches no order ({@link InboxEntry.State#UNMATCHED}) or cannot be read
 * ({@link InboxEntry.State#NEEDS_LOOKUP}) is held with its lookup keys until C-Pay has been asked about it
 * ({@link #dueForLookup}); a failed lookup is retried no earlier than the time given to {@link #lookupFailed}.
 */
@SecondaryPort
public interface NotificationInbox {

    /**
     * Stores the notification unless one with the same dedupe key is already stored. Refused notifications can be
     * sent by anyone: an implementation may keep only the newest of them up to a bound it is configured with, and
     * drop the oldest refused entries beyond it (never a verified one).
     *
     * @return the entry, {@link InboxEntry.Outcome#RECORDED} when stored now, {@link InboxEntry.Outcome#DUPLICATE}
     *         with the earlier entry's state otherwise
     */
    InboxEntry record(InboundNotification notification);

    /** The event was applied (or was a no-op for its order); a redelivery can be acknowledged without work. */
    void markProcessed(String dedupeKey, Instant at);

    /**
     * Marks the entry processed and keeps the keys of the order it was applied to, so that the order's notifications
     * can be found ({@link #aboutOrder}).
     */
    void markProcessed(String dedupeKey, NotificationKeys keys, Instant at);

    /**
     * The event could not be processed; the reason is kept for a human (field names and rules, never
     * payload values).
     */
    void markFailed(String dedupeKey, String reason, Instant at);

    /**
     * A verified event matches no order of ours and is no deposit without an order: kept {@link
     * InboxEntry.State#UNMATCHED} with its keys and the reason, due for a lookup at {@code at}.
     */
    void markUnmatched(String dedupeKey, NotificationKeys keys, String reason, Instant at);

    /**
     * A verified event could not be read or applied: kept {@link InboxEntry.State#NEEDS_LOOKUP} with the keys
     * that could be read and the reason, due for a lookup at {@code at}.
     */
    void markNeedsLookup(String dedupeKey, NotificationKeys keys, String reason, Instant at);

    /**
     * The {@link InboxEntry.State#UNMATCHED} and {@link InboxEntry.State#NEEDS_LOOKUP} entries C-Pay has not yet
     * been asked about successfully and whose next lookup is due at {@code now}, the longest waiting first.
     */
    List<StoredNotification> dueForLookup(Instant now, int limit);

    /** C-Pay was asked about an entry that matched no order: its answer is kept, the entry is {@code UNMATCHED}. */
    void recordLookup(String dedupeKey, LookupFinding finding, Instant at);

    /** Asking C-Pay (or reconciling the matched order) failed: counted, not due again before {@code retryAt}. */
    void lookupFailed(String dedupeKey, String reason, Instant retryAt);

    /** The entry's order was found and reconciled: {@link InboxEntry.State#RESOLVED}, with what was done. */
    void markResolved(String dedupeKey, String resolution, Instant at);

    /** The stored entry, if any. */
    Optional<StoredNotification> find(String dedupeKey);

    /** Entries in this state, oldest first, at most {@code limit} (for a reviewer's console). */
    List<StoredNotification> listByState(InboxEntry.State state, int limit);

    /**
     * The notifications about one order, newest first, at most {@code limit}: the verified ones whose kept keys name
     * its merchantTradeNo, C-Pay order id or hash, and the refused ones whose redacted excerpt names its
     * merchantTradeNo (a refused body is never trusted, so this is only a hint for the reviewer).
     */
    List<StoredNotification> aboutOrder(NotificationKeys keys, int limit);
}
