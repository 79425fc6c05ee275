package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.shared.GatewayText;
import com.cpay.platform.domain.shared.CardDataRedaction;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A webhook as it arrived, for the inbox. A verified one is kept with its body; of a refused one (forged, unsigned,
 * unreadable, another merchant's), which anyone can post with anything in it, only the digest, length and
 * redacted excerpt of its body ({@link RefusedBody}) and the reason, itself redacted ({@link CardDataRedaction}).
 *
 * @param dedupeKey       identifies redeliveries of the same event, e.g. the SHA-256 of the raw body; at most
 *                        255 characters
 * @param payload         a verified notification's body text, kept for audit and reprocessing (C-Pay's webhooks
 *                        carry no card data; free-text fields that could are masked by the caller); empty for a
 *                        refused one
 * @param refusedBody     what is kept of a refused notification's body; empty for a verified one
 * @param rejectionReason why it was refused (unsigned, wrong signature, another merchant's ...), present exactly
 *                        when refused; card data in it is masked, control characters replaced
 * @param receivedAt      when it arrived
 */
public record InboundNotification(String dedupeKey, Optional<String> payload, Optional<RefusedBody> refusedBody,
                                  Optional<String> rejectionReason, Instant receivedAt) {

    /** Longest dedupe key. */
    public static final int MAX_KEY_LENGTH = 255;

    public InboundNotification {
        Checks.text("dedupeKey", dedupeKey, MAX_KEY_LENGTH);
        payload = Objects.requireNonNullElse(payload, Optional.empty());
        refusedBody = Objects.requireNonNullElse(refusedBody, Optional.empty());
        // redacted, and without control characters (a NUL from a sender's field name cannot be stored in PostgreSQL)
        rejectionReason = GatewayText.nonBlank(rejectionReason).map(reason -> CardDataRedaction.excerpt(reason,
                reason.length()));
        Checks.required("receivedAt", receivedAt);
        if (refusedBody.isPresent() != rejectionReason.isPresent()) {
            throw ValidationException.of("rejectionReason", "rejection-reason",
                    "a rejection reason is given exactly when the notification is refused");
        }
        if (payload.isPresent() == refusedBody.isPresent()) {
            throw ValidationException.of("payload", "refused-body",
                    "a verified notification keeps its payload, a refused one only what RefusedBody keeps");
        }
    }

    /**
     * The dedupe key of a delivered body that was verified: {@code sha256:} and the SHA-256 of its bytes, so that
     * a redelivery of the same body finds its entry.
     */
    public static String keyOf(byte[] body) {
        return "sha256:" + RefusedBody.sha256(Objects.requireNonNull(body, "body"));
    }

    /**
     * The dedupe key of a delivered body that was refused: kept apart from {@link #keyOf(byte[])}, so that a
     * refused delivery never stands in for a verified one of the same body.
     */
    public static String refusedKeyOf(byte[] body) {
        return "rejected:" + keyOf(body);
    }

    /** A notification whose signature was verified. */
    public static InboundNotification verified(String dedupeKey, String payload, Instant receivedAt) {
        return new InboundNotification(dedupeKey, Optional.of(Checks.required("payload", payload)), Optional.empty(),
                Optional.empty(), receivedAt);
    }

    /** A notification refused before processing: what is kept of its body, and the reason. */
    public static InboundNotification rejected(String dedupeKey, RefusedBody body, String reason, Instant receivedAt) {
        return new InboundNotification(dedupeKey, Optional.empty(), Optional.of(Objects.requireNonNull(body, "body")),
                Optional.of(Objects.requireNonNull(reason, "reason")), receivedAt);
    }

    /** Whether it was accepted for processing: signed correctly and addressed to this merchant. */
    public boolean verified() {
        return refusedBody.isEmpty();
    }
}
