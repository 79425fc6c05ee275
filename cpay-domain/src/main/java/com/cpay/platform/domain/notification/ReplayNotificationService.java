package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.money.AssetCatalog;
import com.cpay.platform.domain.notification.HandleCpayNotificationUseCase.Result;
import com.cpay.platform.domain.notification.HandleCpayNotificationUseCase.Result.Disposition;
import com.cpay.platform.domain.order.CpayNotification;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.order.Transactions;
import com.cpay.platform.domain.shared.ConflictException;
import com.cpay.platform.domain.shared.NotFoundException;
import com.cpay.platform.domain.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jmolecules.ddd.annotation.Service;

/** Replays a stored notification through the intake's {@link NotificationApplier}; see the use case. */
@Service
public final class ReplayNotificationService implements ReplayNotificationUseCase {

    /** The states of entries that were verified and never applied. */
    static final Set<InboxEntry.State> REPLAYABLE = EnumSet.of(InboxEntry.State.UNMATCHED,
            InboxEntry.State.NEEDS_LOOKUP, InboxEntry.State.FAILED);

    private final NotificationVerifier verifier;
    private final NotificationInbox inbox;
    private final NotificationApplier applier;
    private final Transactions transactions;
    private final Clock clock;

    public ReplayNotificationService(NotificationVerifier verifier, NotificationInbox inbox, LoadOrderPort load,
                                     SaveOrderPort save, AssetCatalog catalog, Transactions transactions,
                                     Clock clock) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.applier = new NotificationApplier(load, save, catalog);
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Result replay(Command command) {
        Objects.requireNonNull(command, "command");
        String key = command.dedupeKey();
        StoredNotification stored = inbox.find(key).orElseThrow(
                () -> new NotFoundException("no inbox entry with this key"));
        if (stored.state() == InboxEntry.State.REJECTED) {
            throw new ConflictException("a refused notification is never replayed: its signature or merchant was not "
                    + "ours");
        }
        if (!REPLAYABLE.contains(stored.state())) {
            throw new ConflictException("the notification was already applied (" + stored.state() + "): it is not "
                    + "replayed twice");
        }
        // verified again, as the intake would: the stored body is what C-Pay signed unless free text was masked
        NotificationVerdict verdict = verifier.verify(stored.payload().getBytes(StandardCharsets.UTF_8),
                Optional.empty());
        if (!(verdict instanceof NotificationVerdict.Verified verified)) {
            throw new ConflictException("the stored body no longer verifies or cannot be read ("
                    + reason(verdict) + "): it cannot be replayed; ask C-Pay with a refresh instead");
        }
        CpayNotification notification = verified.notification();
        return transactions.inTransaction(() -> apply(stored, notification, clock.instant()));
    }

    private Result apply(StoredNotification stored, CpayNotification notification, Instant now) {
        String key = stored.dedupeKey();
        Result result;
        try {
            result = applier.apply(notification, now);
        } catch (ValidationException e) {
            throw new ConflictException("the notification cannot be applied: " + e.getMessage());
        }
        if (result.disposition() == Disposition.UNMATCHED) {
            if (stored.state() == InboxEntry.State.FAILED) {
                inbox.markUnmatched(key, NotificationKeys.of(notification), result.detail().orElse("no order"), now);
            }
            return result;
        }
        if (stored.state() == InboxEntry.State.FAILED) {
            inbox.markProcessed(key, NotificationKeys.of(notification), now);
        } else {
            inbox.markResolved(key, "replayed by an operator: " + result.disposition()
                    + result.merchantTradeNo().map(no -> " to order " + no.value()).orElse("")
                    + result.outcome().map(o -> " (" + o + ")").orElse(""), now);
        }
        return result;
    }

    private static String reason(NotificationVerdict verdict) {
        if (verdict instanceof NotificationVerdict.Refused refused) {
            return refused.reason();
        }
        return ((NotificationVerdict.Unreadable) verdict).reason();
    }
}
