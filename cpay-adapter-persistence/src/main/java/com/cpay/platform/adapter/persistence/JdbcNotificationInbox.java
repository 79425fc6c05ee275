package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.port.out.InboundNotification;
import com.cpay.platform.domain.port.out.InboxEntry;
import com.cpay.platform.domain.port.out.NotificationInbox;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.NotFoundException;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * The webhook inbox. {@link #record} is one {@code INSERT ... ON CONFLICT DO NOTHING}: the unique dedupe key
 * decides which of concurrent deliveries stores the notification, the others see
 * {@link InboxEntry.Outcome#DUPLICATE} (no exception, so a caller's transaction stays usable). Joins the
 * caller's transaction, so inbox insert and order update can commit together.
 */
final class JdbcNotificationInbox implements NotificationInbox {

    /** Longest failure or rejection reason kept. */
    static final int MAX_REASON_LENGTH = 1000;

    private final InboxRows rows;
    private final TransactionOperations<Connection> tx;

    JdbcNotificationInbox(InboxRows rows, TransactionOperations<Connection> tx) {
        this.rows = rows;
        this.tx = tx;
    }

    @Override
    public InboxEntry record(InboundNotification notification) {
        Objects.requireNonNull(notification, "notification");
        InboxEntry.State initial = notification.verified() ? InboxEntry.State.RECEIVED : InboxEntry.State.REJECTED;
        return tx.executeWrite(s -> {
            int inserted = rows.insertIfAbsent(notification.dedupeKey(), notification.payload(),
                    notification.verified(), notification.rejectionReason().map(JdbcNotificationInbox::reason)
                            .orElse(null), initial.name(), notification.receivedAt());
            if (inserted == 1) {
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
    public void markFailed(String dedupeKey, String reason, Instant at) {
        Checks.required("reason", reason);
        Objects.requireNonNull(at, "at");
        mark(dedupeKey, () -> rows.markFailed(dedupeKey, reason(reason), at), "failed");
    }

    private void mark(String dedupeKey, IntSupplier update, String what) {
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Optional<String> refusal = tx.executeWrite(s -> {
            if (update.getAsInt() == 1) {
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
        return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH);
    }
}
