package com.cpay.platform.domain.service;

import com.cpay.platform.domain.money.AssetCatalog;
import com.cpay.platform.domain.order.CpayNotification;
import com.cpay.platform.domain.port.in.HandleCpayNotificationCommand;
import com.cpay.platform.domain.port.in.HandleCpayNotificationResult;
import com.cpay.platform.domain.port.in.HandleCpayNotificationResult.Disposition;
import com.cpay.platform.domain.port.in.HandleCpayNotificationUseCase;
import com.cpay.platform.domain.port.out.InboundNotification;
import com.cpay.platform.domain.port.out.InboxEntry;
import com.cpay.platform.domain.port.out.LoadOrderPort;
import com.cpay.platform.domain.port.out.NotificationInbox;
import com.cpay.platform.domain.port.out.SaveOrderPort;
import com.cpay.platform.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Takes C-Pay's webhooks: inbox first (store, dedupe), then the order's state machine. A rejected signature
 * is stored and never applied; a verified notification already processed is acknowledged without work.
 */
public final class HandleCpayNotificationService implements HandleCpayNotificationUseCase {

    private final NotificationInbox inbox;
    private final NotificationApplier applier;
    private final Clock clock;

    public HandleCpayNotificationService(NotificationInbox inbox, LoadOrderPort load, SaveOrderPort save,
                                         AssetCatalog catalog, Clock clock) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.applier = new NotificationApplier(load, save, catalog);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public HandleCpayNotificationResult handle(HandleCpayNotificationCommand command) {
        Objects.requireNonNull(command, "command");
        Instant now = clock.instant();
        String key = command.dedupeKey();
        if (!command.signatureVerified()) {
            String reason = command.rejectionReason().orElseThrow();
            inbox.record(InboundNotification.rejected(key, command.rawPayload(), reason, now));
            return result(Disposition.REJECTED, reason);
        }
        InboxEntry entry = inbox.record(InboundNotification.verified(key, command.rawPayload(), now));
        if (!entry.needsProcessing()) {
            return result(Disposition.ALREADY_PROCESSED, "delivered before, entry " + entry.state());
        }
        try {
            CpayNotification notification = CpayNotification.read(command.fields());
            HandleCpayNotificationResult result = applier.apply(notification, now);
            inbox.markProcessed(key, now);
            return result;
        } catch (ValidationException e) {
            inbox.markFailed(key, e.getMessage(), now);
            return result(Disposition.UNPROCESSABLE, e.getMessage());
        } catch (RuntimeException e) {
            inbox.markFailed(key, "processing failed: " + e.getClass().getSimpleName(), now);
            throw e;
        }
    }

    private static HandleCpayNotificationResult result(Disposition disposition, String detail) {
        return new HandleCpayNotificationResult(disposition, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(detail));
    }
}
