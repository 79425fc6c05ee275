package com.cpay.platform.domain.port.in;

import com.cpay.platform.domain.port.out.InboundNotification;
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
 */
public record HandleCpayNotificationCommand(String dedupeKey, String rawPayload, Map<String, String> fields,
                                            boolean signatureVerified, Optional<String> rejectionReason) {

    public HandleCpayNotificationCommand {
        rejectionReason = CommandRules.orEmpty(rejectionReason).filter(text -> !text.isBlank());
        Violations v = new Violations();
        v.verify(() -> Checks.text("dedupeKey", dedupeKey, InboundNotification.MAX_KEY_LENGTH));
        CommandRules.required(v, "rawPayload", rawPayload);
        CommandRules.required(v, "fields", fields);
        if (signatureVerified == rejectionReason.isPresent()) {
            v.add("rejectionReason", "rejection-reason",
                    "a rejection reason is given exactly when the signature was not verified");
        }
        v.throwIfAny();
        fields = Map.copyOf(fields);
    }

    /** A notification whose signature was verified. */
    public static HandleCpayNotificationCommand verified(String dedupeKey, String rawPayload,
                                                         Map<String, String> fields) {
        return new HandleCpayNotificationCommand(dedupeKey, rawPayload, fields, true, Optional.empty());
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
        return "HandleCpayNotificationCommand[dedupeKey=" + dedupeKey + ", verified=" + signatureVerified + "]";
    }
}
