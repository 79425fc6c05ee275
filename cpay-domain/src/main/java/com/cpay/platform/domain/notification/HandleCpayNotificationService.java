package com.cpay.platform.domain.notification;

import org.jmolecules.ddd.annotation.Service;
import com.cpay.platform.domain.money.AssetCatalog;
import com.cpay.platform.domain.order.CpayNotification;
import com.cpay.platform.domain.notification.HandleCpayNotificationResult.Disposition;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.shared.CardDataRedaction;
import com.cpay.platform.domain.shared.MerchantId;
import com.cpay.platform.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Takes C-Pay's webhooks: inbox first (store, dedupe), then the order's state machine. A rejected signature
 * is stored and never applied; so is a notification for another merchant (or none). Of a refused notification
 * only the digest, length and redacted excerpt of its body are stored ({@link RefusedBody}); a verified one is
 * stored with card data masked in its free-text fields ({@link CardDataRedaction}). A verified notification
 * already processed is acknowledged without work; one that matches no order and is no deposit without an order
 * is kept {@code UNMATCHED}, one that cannot be read or applied {@code NEEDS_LOOKUP}, both with their keys for
 * {@link ResolveStoredNotificationsService}.
 */
@Service
public final class HandleCpayNotificationService implements HandleCpayNotificationUseCase {

    private final NotificationInbox inbox;
    private final NotificationApplier applier;
    private final MerchantId merchantId;
    private final Clock clock;

    /**
     * @param merchantId the merchant id C-Pay issued us: a notification naming another one, or none, is refused
     */
    public HandleCpayNotificationService(NotificationInbox inbox, LoadOrderPort load, SaveOrderPort save,
                                         AssetCatalog catalog, MerchantId merchantId, Clock clock) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.applier = new NotificationApplier(load, save, catalog);
        this.merchantId = Objects.requireNonNull(merchantId, "merchantId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public HandleCpayNotificationResult handle(HandleCpayNotificationCommand command) {
        Objects.requireNonNull(command, "command");
        Instant now = clock.instant();
        String key = command.dedupeKey();
        if (!command.signatureVerified()) {
            String reason = command.rejectionReason().orElseThrow();
            inbox.record(InboundNotification.rejected(key, RefusedBody.of(command.rawPayload()), reason, now));
            return result(Disposition.REJECTED, reason);
        }
        Optional<String> notOurs = notOurs(command.fields());
        if (notOurs.isPresent()) {
            // Checked before the inbox's dedupe, so that every redelivery is refused the same way.
            inbox.record(InboundNotification.rejected(key, RefusedBody.of(command.rawPayload()), notOurs.get(), now));
            return result(Disposition.WRONG_MERCHANT, notOurs.get());
        }
        InboxEntry entry = inbox.record(InboundNotification.verified(key, storable(command), now));
        if (!entry.needsProcessing()) {
            return result(Disposition.ALREADY_PROCESSED, "delivered before, entry " + entry.state());
        }
        if (command.unreadableReason().isPresent()) {
            return needsLookup(key, command.fields(), command.unreadableReason().get(), now);
        }
        try {
            CpayNotification notification = CpayNotification.read(command.fields());
            HandleCpayNotificationResult result = applier.apply(notification, now);
            if (result.disposition() == Disposition.UNMATCHED) {
                inbox.markUnmatched(key, NotificationKeys.of(notification), result.detail().orElseThrow(), now);
            } else {
                inbox.markProcessed(key, now);
            }
            return result;
        } catch (ValidationException e) {
            return needsLookup(key, command.fields(), e.getMessage(), now);
        } catch (RuntimeException e) {
            inbox.markFailed(key, "processing failed: " + e.getClass().getSimpleName(), now);
            throw e;
        }
    }

    private HandleCpayNotificationResult needsLookup(String key, Map<String, String> fields, String reason,
                                                     Instant now) {
        String detail = "cannot be applied (" + reason + "): kept for a lookup at C-Pay";
        inbox.markNeedsLookup(key, NotificationKeys.readLeniently(fields), detail, now);
        return result(Disposition.NEEDS_LOOKUP, detail);
    }

    // A verified body is kept whole, but a free-text field (remark, extInfo, one the document does not name) could
    // carry card data C-Pay was given: masked, while the identifiers, amounts and times C-Pay signed stay as sent.
    private static String storable(HandleCpayNotificationCommand command) {
        List<String> identifiers = command.fields().entrySet().stream()
                .filter(field -> CpayNotification.isIdentifyingField(field.getKey()) && field.getValue() != null
                        && !field.getValue().startsWith("{") && !field.getValue().startsWith("["))
                .map(Map.Entry::getValue).toList();
        return CardDataRedaction.redact(command.rawPayload(), identifiers);
    }

    // Row 15: a notification for another merchant is refused; merchantId is mandatory (s.15).
    private Optional<String> notOurs(Map<String, String> fields) {
        String named = fields.get(MerchantId.FIELD);
        if (named == null || named.isBlank()) {
            return Optional.of("the notification names no merchantId");
        }
        if (!named.strip().equals(merchantId.value())) {
            return Optional.of("merchantId " + shortened(named.strip()) + " is not this merchant's");
        }
        return Optional.empty();
    }

    private static String shortened(String text) {
        String visible = text.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() <= MerchantId.MAX_LENGTH ? visible : visible.substring(0, MerchantId.MAX_LENGTH) + "...";
    }

    private static HandleCpayNotificationResult result(Disposition disposition, String detail) {
        return new HandleCpayNotificationResult(disposition, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(detail));
    }
}
