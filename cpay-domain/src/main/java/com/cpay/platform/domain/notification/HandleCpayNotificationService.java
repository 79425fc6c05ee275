package com.cpay.platform.domain.notification;

import org.jmolecules.ddd.annotation.Service;
import com.cpay.platform.domain.money.AssetCatalog;
import com.cpay.platform.domain.order.CpayNotification;
import com.cpay.platform.domain.notification.HandleCpayNotificationUseCase.Result.Disposition;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.shared.CardDataRedaction;
import com.cpay.platform.domain.shared.MerchantId;
import com.cpay.platform.domain.shared.ValidationException;
import com.cpay.platform.domain.order.Transactions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes C-Pay's webhooks as delivered: has the body verified and read once ({@link NotificationVerifier}), lets
 * the receiving side hold back a sender ({@link DeliveryAdmission}), then, in one transaction
 * ({@link Transactions}), stores it in the inbox (deduplicated by the SHA-256 of the body) and applies it through
 * the order's state machine. A refused notification is stored and never applied; so is a notification for another
 * merchant (or none). Of a refused notification only the digest, length and redacted excerpt of its body are
 * stored ({@link RefusedBody}); a verified one is stored with card data masked in its free-text fields
 * ({@link CardDataRedaction}). A verified notification already processed is acknowledged without work; one that
 * matches no order and is no deposit without an order is kept {@code UNMATCHED}, one that cannot be read or
 * applied {@code NEEDS_LOOKUP}, both with their keys for {@link ResolveStoredNotificationsService}.
 */
@Service
public final class HandleCpayNotificationService implements HandleCpayNotificationUseCase {

    private final NotificationVerifier verifier;
    private final NotificationInbox inbox;
    private final NotificationApplier applier;
    private final MerchantId merchantId;
    private final Transactions transactions;
    private final DeliveryAdmission admission;
    private final Clock clock;

    /**
     * @param merchantId the merchant id C-Pay issued us: a notification naming another one, or none, is refused
     * @param admission  may hold a sender back before anything is stored; {@link DeliveryAdmission#ALL} for none
     */
    public HandleCpayNotificationService(NotificationVerifier verifier, NotificationInbox inbox, LoadOrderPort load,
                                         SaveOrderPort save, AssetCatalog catalog, MerchantId merchantId,
                                         Transactions transactions, DeliveryAdmission admission, Clock clock) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.applier = new NotificationApplier(load, save, catalog);
        this.merchantId = Objects.requireNonNull(merchantId, "merchantId");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.admission = Objects.requireNonNull(admission, "admission");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public HandleCpayNotificationUseCase.Result handle(HandleCpayNotificationUseCase.Command command) {
        Objects.requireNonNull(command, "command");
        byte[] body = command.body();
        NotificationVerdict verdict = Objects.requireNonNull(verifier.verify(body, command.contentType()),
                "verdict");
        Optional<Duration> wait = admission.admit(verdict, command.source());
        if (wait.isPresent()) {
            return HandleCpayNotificationUseCase.Result.rateLimited(wait.get());
        }
        return transactions.inTransaction(() -> keep(verdict, body));
    }

    private HandleCpayNotificationUseCase.Result keep(NotificationVerdict verdict, byte[] body) {
        Instant now = clock.instant();
        String text = new String(body, StandardCharsets.UTF_8);
        if (verdict instanceof NotificationVerdict.Refused refused) {
            String reason = refused.reason();
            inbox.record(InboundNotification.rejected(InboundNotification.refusedKeyOf(body), RefusedBody.of(text),
                    reason, now));
            return result(Disposition.REJECTED, reason);
        }
        String key = InboundNotification.keyOf(body);
        Optional<String> notOurs = notOurs(named(verdict));
        if (notOurs.isPresent()) {
            // Checked before the inbox's dedupe, so that every redelivery is refused the same way.
            inbox.record(InboundNotification.rejected(key, RefusedBody.of(text), notOurs.get(), now));
            return result(Disposition.WRONG_MERCHANT, notOurs.get());
        }
        InboxEntry entry = inbox.record(InboundNotification.verified(key, storable(text, identifiers(verdict)), now));
        if (!entry.needsProcessing()) {
            return result(Disposition.ALREADY_PROCESSED, "delivered before, entry " + entry.state());
        }
        if (verdict instanceof NotificationVerdict.Unreadable unreadable) {
            return needsLookup(key, NotificationKeys.readLeniently(unreadable.fields()), unreadable.reason(), now);
        }
        CpayNotification notification = ((NotificationVerdict.Verified) verdict).notification();
        try {
            HandleCpayNotificationUseCase.Result result = applier.apply(notification, now);
            if (result.disposition() == Disposition.UNMATCHED) {
                inbox.markUnmatched(key, NotificationKeys.of(notification), result.detail().orElseThrow(), now);
            } else {
                inbox.markProcessed(key, NotificationKeys.of(notification), now);
            }
            return result;
        } catch (ValidationException e) {
            return needsLookup(key, NotificationKeys.of(notification), e.getMessage(), now);
        } catch (RuntimeException e) {
            inbox.markFailed(key, "processing failed: " + e.getClass().getSimpleName(), now);
            throw e;
        }
    }

    private HandleCpayNotificationUseCase.Result needsLookup(String key, NotificationKeys keys, String reason, Instant now) {
        String detail = "cannot be applied (" + reason + "): kept for a lookup at C-Pay";
        inbox.markNeedsLookup(key, keys, detail, now);
        return result(Disposition.NEEDS_LOOKUP, detail);
    }

    // The merchantId the notification names, as written; null when it names none.
    private static String named(NotificationVerdict verdict) {
        if (verdict instanceof NotificationVerdict.Verified verified) {
            return verified.notification().merchantId().value();
        }
        return ((NotificationVerdict.Unreadable) verdict).fields().get(MerchantId.FIELD);
    }

    // The values C-Pay signed as identifiers, amounts and times: masking must leave them as sent.
    private static List<String> identifiers(NotificationVerdict verdict) {
        if (verdict instanceof NotificationVerdict.Verified verified) {
            return verified.notification().identifyingValues();
        }
        return ((NotificationVerdict.Unreadable) verdict).fields().entrySet().stream()
                .filter(field -> CpayNotification.isIdentifyingField(field.getKey()) && field.getValue() != null)
                .map(Map.Entry::getValue).toList();
    }

    // A verified body is kept whole, but a free-text field (remark, extInfo, one the document does not name) could
    // carry card data C-Pay was given: masked, while the identifiers, amounts and times C-Pay signed stay as sent.
    // The signature is kept too: a verified sign is an HMAC, never card data, yet about one hex signature in a few
    // hundred holds a Luhn-valid run of 12 digits, and masking it would make the stored body fail its own check when
    // an operator replays it.
    private static String storable(String body, List<String> identifiers) {
        List<String> known = new ArrayList<>(identifiers.stream()
                .filter(value -> !value.startsWith("{") && !value.startsWith("[")).toList());
        Matcher sign = SIGN.matcher(body);
        while (sign.find()) {
            known.add(sign.group(1) != null ? sign.group(1) : sign.group(2));
        }
        return CardDataRedaction.redact(body, known);
    }

    /** The {@code sign} value of a JSON or form body: hex only, so nothing else can pass as one. */
    private static final Pattern SIGN =
            Pattern.compile("\"sign\"\\s*:\\s*\"([0-9A-Fa-f]{16,128})\"|(?:^|&)sign=([0-9A-Fa-f]{16,128})(?=&|$)");

    // Row 15: a notification for another merchant is refused; merchantId is mandatory (s.15).
    private Optional<String> notOurs(String named) {
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

    private static HandleCpayNotificationUseCase.Result result(Disposition disposition, String detail) {
        return new HandleCpayNotificationUseCase.Result(disposition, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(detail));
    }
}
