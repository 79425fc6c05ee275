package com.cpay.platform.domain.port.out;

import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A webhook as it arrived, for the inbox.
 *
 * @param dedupeKey       identifies redeliveries of the same event, e.g. the SHA-256 of the raw body; at most
 *                        255 characters
 * @param payload         the raw body text, kept for audit and reprocessing (holds no card data: C-Pay's
 *                        webhooks carry none)
 * @param verified        whether it was accepted for processing: its signature checked and found right, and
 *                        addressed to this merchant
 * @param rejectionReason why it was refused (unsigned, wrong signature, another merchant's ...), present exactly
 *                        when not verified
 * @param receivedAt      when it arrived
 */
public record InboundNotification(String dedupeKey, String payload, boolean verified,
                                  Optional<String> rejectionReason, Instant receivedAt) {

    /** Longest dedupe key. */
    public static final int MAX_KEY_LENGTH = 255;

    public InboundNotification {
        Checks.text("dedupeKey", dedupeKey, MAX_KEY_LENGTH);
        Checks.required("payload", payload);
        rejectionReason = GatewayText.nonBlank(rejectionReason);
        Checks.required("receivedAt", receivedAt);
        if (verified == rejectionReason.isPresent()) {
            throw ValidationException.of("rejectionReason", "rejection-reason",
                    "a rejection reason is given exactly when the notification is not verified");
        }
    }

    /** A notification whose signature was verified. */
    public static InboundNotification verified(String dedupeKey, String payload, Instant receivedAt) {
        return new InboundNotification(dedupeKey, payload, true, Optional.empty(), receivedAt);
    }

    /** A notification refused before processing, with the reason. */
    public static InboundNotification rejected(String dedupeKey, String payload, String reason, Instant receivedAt) {
        return new InboundNotification(dedupeKey, payload, false, Optional.of(Objects.requireNonNull(reason)),
                receivedAt);
    }
}
