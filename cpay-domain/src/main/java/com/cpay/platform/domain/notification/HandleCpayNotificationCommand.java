package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ValidationException;
import com.cpay.platform.domain.shared.Violations;
import java.util.Map;
import java.util.Optional;

/**
 * A webhook as the endpoint received it, after the adapter checked its signature.
 *
 * @param dedupeKey         identifies redeliveries of the same event (e.g. SHA-256 of the body), at most 255
 * @param rawPayload        the body text, stored as received
 * @param fields            the body's fields by wire name (JSON or form), {@code sign} excluded or included:
 *                          it is dropped before the fields are read
 * @param signatureVerified whether the signature was present and right
 * @param rejectionReason   why the signature was refused; present exactly when not verified
 * @param unreadableReason  why the adapter could not read a verified notification's fields (a nested JSON value,
 *                          a field that breaks its rule ...); only for a verified one. Such a notification is kept
 *                          for a lookup at C-Pay instead of being applied
 */
public record HandleCpayNotificationCommand(String dedupeKey, String rawPayload, Map<String, String> fields,
                                            boolean signatureVerified, Optional<String> rejectionReason,
                                            Optional<String> unreadableReason) {

    public HandleCpayNotificationCommand {
        rejectionReason = CommandRules.orEmpty(rejectionReason).filter(text -> !text.isBlank());
        unreadableReason = CommandRules.orEmpty(unreadableReason).filter(text -> !text.isBlank());
        Violations v = new Violations();
        v.verify(() -> Checks.text("dedupeKey", dedupeKey, InboundNotification.MAX_KEY_LENGTH));
        CommandRules.required(v, "rawPayload", rawPayload);
        CommandRules.required(v, "fields", fields);
        if (signatureVerified == rejectionReason.isPresent()) {
            v.add("rejectionReason", "rejection-reason",
                    "a rejection reason is given exactly when the signature was not verified");
        }
        if (!signatureVerified && unreadableReason.isPresent()) {
            v.add("unreadableReason", "unreadable-reason", "only a verified notification is kept as unreadable");
        }
        v.throwIfAny();
        fields = Map.copyOf(fields);
    }

    /** A command without an unreadable reason. */
    public HandleCpayNotificationCommand(String dedupeKey, String rawPayload, Map<String, String> fields,
                                         boolean signatureVerified, Optional<String> rejectionReason) {
        this(dedupeKey, rawPayload, fields, signatureVerified, rejectionReason, Optional.empty());
    }

    /** A notification whose signature was verified. */
    public static HandleCpayNotificationCommand verified(String dedupeKey, String rawPayload,
                                                         Map<String, String> fields) {
        return new HandleCpayNotificationCommand(dedupeKey, rawPayload, fields, true, Optional.empty());
    }

    /**
     * A notification whose signature was verified but whose fields the adapter could not read.
     *
     * @param fields the fields as they could be taken from the body (what is readable there gives the lookup keys)
     * @param reason why they could not be read (field names and rules, never values)
     */
    public static HandleCpayNotificationCommand verifiedButUnreadable(String dedupeKey, String rawPayload,
                                                                      Map<String, String> fields, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("unreadableReason", Checks.REQUIRED, "an unreadable notification needs a reason");
        }
        return new HandleCpayNotificationCommand(dedupeKey, rawPayload, fields, true, Optional.empty(),
                Optional.of(reason));
    }

    /** A notification whose signature was missing or wrong. */
    public static HandleCpayNotificationCommand rejected(String dedupeKey, String rawPayload,
                                                         Map<String, String> fields, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("rejectionReason", Checks.REQUIRED, "a rejection needs a reason");
        }
        return new HandleCpayNotificationCommand(dedupeKey, rawPayload, fields, false, Optional.of(reason));
    }

    @Override
    public String toString() {
        return "HandleCpayNotificationCommand[dedupeKey=" + dedupeKey + ", verified=" + signatureVerified
                + (unreadableReason.isPresent() ? ", unreadable" : "") + "]";
    }
}
