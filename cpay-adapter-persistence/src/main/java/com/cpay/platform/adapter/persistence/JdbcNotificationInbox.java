package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.notification.InboundNotification;
import com.cpay.platform.domain.notification.InboxEntry;
import com.cpay.platform.domain.reconciliation.LookupFinding;
import com.cpay.platform.domain.notification.NotificationInbox;
import com.cpay.platform.domain.notification.NotificationKeys;
import com.cpay.platform.domain.notification.RefusedBody;
import com.cpay.platform.domain.notification.StoredNotification;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.NotFoundException;
import com.cpay.platform.domain.shared.TransactionHash;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * The webhook inbox. {@link #record} is one {@code INSERT ... ON CONFLICT DO NOTHING}: the unique dedupe key
 * decides which of concurrent deliveries stores the notification, the others see
 * {@link InboxEntry.Outcome#DUPLICATE} (no exception, so a caller's transaction stays usable). Joins the
 * caller's transaction, so inbox insert and order update can commit together. Entries held for review or a
 * lookup ({@code UNMATCHED}, {@code NEEDS_LOOKUP}) keep their lookup keys and C-Pay's answer in their own
 * columns (V4). A refused notification is stored as its {@link RefusedBody} (digest, length, redacted excerpt;
 * no payload, V6), and recording one deletes the oldest refused entries beyond {@code maxStoredRefused}, so that
 * what anyone can post takes bounded room.
 */
final class JdbcNotificationInbox implements NotificationInbox {

    /** Longest failure, rejection, review reason or resolution kept. */
    static final int MAX_REASON_LENGTH = 1000;
    /** Longest status code of C-Pay's kept (it is kept raw, docs/decisions.md, decision 18). */
    static final int MAX_STATUS_LENGTH = 32;
    /** Default of {@code cpay.webhooks.refused.max-stored}. */
    static final int DEFAULT_MAX_STORED_REFUSED = 10_000;
    /** Most refused rows one recording deletes beyond the bound. */
    static final int PRUNE_BATCH = 1000;

    private final InboxRows rows;
    private final TransactionOperations<Connection> tx;
    private final int maxStoredRefused;
    private final OrderEventWriter events;

    /**
     * @param maxStoredRefused how many refused entries are kept at most: recording one more deletes the oldest
     *                         refused ones beyond it (verified entries are never deleted)
     */
    JdbcNotificationInbox(InboxRows rows, TransactionOperations<Connection> tx, int maxStoredRefused,
                          OrderEventWriter events) {
        if (maxStoredRefused < 1) {
            throw new IllegalArgumentException("cpay.webhooks.refused.max-stored must be at least 1");
        }
        this.rows = rows;
        this.tx = tx;
        this.maxStoredRefused = maxStoredRefused;
        this.events = events;
    }

    @Override
    public InboxEntry record(InboundNotification notification) {
        Objects.requireNonNull(notification, "notification");
        InboxEntry.State initial = notification.verified() ? InboxEntry.State.RECEIVED : InboxEntry.State.REJECTED;
        Optional<RefusedBody> refused = notification.refusedBody();
        return tx.executeWrite(s -> {
            int inserted = rows.insertIfAbsent(notification.dedupeKey(), notification.payload().orElse(null),
                    refused.map(RefusedBody::sha256).orElse(null), refused.map(RefusedBody::length).orElse(null),
                    refused.map(RefusedBody::excerpt).orElse(null), notification.verified(),
                    notification.rejectionReason().map(JdbcNotificationInbox::reason).orElse(null), initial.name(),
                    notification.receivedAt());
            if (inserted == 1) {
                if (refused.isPresent()) {
                    rows.deleteRefusedBeyond(maxStoredRefused, PRUNE_BATCH);
                }
                return new InboxEntry(notification.dedupeKey(), InboxEntry.Outcome.RECORDED, initial);
            }
            InboxRow earlier = rows.findByDedupeKey(notification.dedupeKey()).orElseThrow(() ->
                    new IllegalStateException("inbox entry vanished after a duplicate insert"));
            return new InboxEntry(notification.dedupeKey(), InboxEntry.Outcome.DUPLICATE,
                    InboxEntry.State.valueOf(earlier.state()));
        });
    }

    @Override
    public void markProcessed(String dedupeKey, Instant at) {
        Objects.requireNonNull(at, "at");
        mark(dedupeKey, () -> rows.markProcessed(dedupeKey, at), "processed");
    }

    @Override
    public void markProcessed(String dedupeKey, NotificationKeys keys, Instant at) {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(at, "at");
        mark(dedupeKey, () -> rows.markProcessedWithKeys(dedupeKey,
                keys.merchantTradeNo().map(k -> k.value()).orElse(null),
                keys.orderId().map(k -> k.value()).orElse(null), keys.hash().map(k -> k.value()).orElse(null), at),
                "processed");
    }

    @Override
    public void markFailed(String dedupeKey, String reason, Instant at) {
        Checks.required("reason", reason);
        Objects.requireNonNull(at, "at");
        mark(dedupeKey, () -> rows.markFailed(dedupeKey, reason(reason), at), "failed");
    }

    @Override
    public void markUnmatched(String dedupeKey, NotificationKeys keys, String reason, Instant at) {
        hold(dedupeKey, InboxEntry.State.UNMATCHED, keys, reason, at, () -> events.unmatched(
                rows.findByDedupeKey(dedupeKey).map(InboxRowMapper::toStored).orElseThrow(), keys.merchantTradeNo(),
                at));
    }

    @Override
    public void markNeedsLookup(String dedupeKey, NotificationKeys keys, String reason, Instant at) {
        hold(dedupeKey, InboxEntry.State.NEEDS_LOOKUP, keys, reason, at, () -> { });
    }

    @Override
    public List<StoredNotification> dueForLookup(Instant now, int limit) {
        Objects.requireNonNull(now, "now");
        return tx.executeRead(s -> rows.findDueForLookup(now, positive(limit)).stream()
                .map(InboxRowMapper::toStored).toList());
    }

    @Override
    public void recordLookup(String dedupeKey, LookupFinding finding, Instant at) {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(at, "at");
        mark(dedupeKey, () -> rows.recordLookup(dedupeKey, finding.answer().name(), finding.status()
                .map(status -> cut(status, MAX_STATUS_LENGTH)).orElse(null),
                finding.merchantTradeNo().map(MerchantTradeNo::value).orElse(null),
                finding.amounts().orElse(null), at), "looked up");
    }

    @Override
    public void lookupFailed(String dedupeKey, String reason, Instant retryAt) {
        Checks.required("reason", reason);
        Objects.requireNonNull(retryAt, "retryAt");
        mark(dedupeKey, () -> rows.lookupFailed(dedupeKey, reason(reason), retryAt), "retried");
    }

    @Override
    public void markResolved(String dedupeKey, String resolution, Instant at) {
        Checks.required("resolution", resolution);
        Objects.requireNonNull(at, "at");
        mark(dedupeKey, () -> rows.markResolved(dedupeKey, reason(resolution), at), "resolved");
    }

    @Override
    public Optional<StoredNotification> find(String dedupeKey) {
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        return tx.executeRead(s -> rows.findByDedupeKey(dedupeKey).map(InboxRowMapper::toStored));
    }

    @Override
    public List<StoredNotification> listByState(InboxEntry.State state, int limit) {
        Objects.requireNonNull(state, "state");
        return tx.executeRead(s -> rows.findByStateOldestFirst(state.name(), positive(limit)).stream()
                .map(InboxRowMapper::toStored).toList());
    }

    @Override
    public List<StoredNotification> aboutOrder(NotificationKeys keys, int limit) {
        Objects.requireNonNull(keys, "keys");
        String pattern = keys.merchantTradeNo().map(no -> "%" + no.value().replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%").orElse(null);
        return tx.executeRead(s -> rows.findAboutOrder(keys.merchantTradeNo().map(k -> k.value()).orElse(null),
                keys.orderId().map(k -> k.value()).orElse(null), keys.hash().map(k -> k.value()).orElse(null),
                pattern, positive(limit)).stream().map(InboxRowMapper::toStored).toList());
    }

    private void hold(String dedupeKey, InboxEntry.State state, NotificationKeys keys, String reason, Instant at,
                      Runnable afterwards) {
        Objects.requireNonNull(keys, "keys");
        Checks.required("reason", reason);
        Objects.requireNonNull(at, "at");
        mark(dedupeKey, () -> rows.hold(dedupeKey, state.name(), reason(reason),
                keys.merchantTradeNo().map(MerchantTradeNo::value).orElse(null),
                keys.orderId().map(CpayOrderId::value).orElse(null),
                keys.hash().map(TransactionHash::value).orElse(null), at), state.name(), afterwards);
    }

    private static int positive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return limit;
    }

    private void mark(String dedupeKey, IntSupplier update, String what) {
        mark(dedupeKey, update, what, () -> { });
    }

    // `afterwards` runs in the same transaction, only when the update took place (e.g. the outbox event)
    private void mark(String dedupeKey, IntSupplier update, String what, Runnable afterwards) {
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Optional<String> refusal = tx.executeWrite(s -> {
            if (update.getAsInt() == 1) {
                afterwards.run();
                return Optional.<String>empty();
            }
            return Optional.of(rows.findByDedupeKey(dedupeKey).map(InboxRow::state).orElse(""));
        });
        if (refusal.isEmpty()) {
            return;
        }
        if (refusal.get().isEmpty()) {
            throw new NotFoundException("no inbox entry with this dedupe key");
        }
        throw new IllegalStateException("an inbox entry in state " + refusal.get() + " cannot be marked " + what);
    }

    private static String reason(String text) {
        return cut(text, MAX_REASON_LENGTH);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
