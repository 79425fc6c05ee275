package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.reconciliation.LookupFinding;
import com.cpay.platform.domain.shared.GatewayText;
import com.cpay.platform.domain.shared.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An inbox entry as stored, for the lookup of notifications that matched no order and for reviewers.
 *
 * @param dedupeKey      the entry's key
 * @param state          where it stands
 * @param payload        the body as received (cut for refused ones)
 * @param receivedAt     when it first arrived
 * @param reason         why it is in its state: the refusal, the failure, or why it waits for review or a lookup
 * @param keys           the keys it can be matched or asked by (kept for {@code UNMATCHED} and
 *                       {@code NEEDS_LOOKUP} entries)
 * @param lookupAttempts how many lookups at C-Pay failed so far
 * @param nextLookupAt   when it may be looked up next, while a lookup is due
 * @param finding        what C-Pay said, once asked
 * @param lookedUpAt     when C-Pay's answer was recorded
 * @param resolution     for a {@code RESOLVED} entry: which order it was matched to and what reconciling it found
 */
public record StoredNotification(String dedupeKey, InboxEntry.State state, String payload, Instant receivedAt,
                                 Optional<String> reason, NotificationKeys keys, int lookupAttempts,
                                 Optional<Instant> nextLookupAt, Optional<LookupFinding> finding,
                                 Optional<Instant> lookedUpAt, Optional<String> resolution) {

    public StoredNotification {
        Checks.required("dedupeKey", dedupeKey);
        Checks.required("state", state);
        Checks.required("payload", payload);
        Checks.required("receivedAt", receivedAt);
        reason = GatewayText.nonBlank(reason);
        keys = Objects.requireNonNullElse(keys, NotificationKeys.none());
        if (lookupAttempts < 0) {
            throw new IllegalArgumentException("lookupAttempts must not be negative");
        }
        nextLookupAt = Objects.requireNonNullElse(nextLookupAt, Optional.empty());
        finding = Objects.requireNonNullElse(finding, Optional.empty());
        lookedUpAt = Objects.requireNonNullElse(lookedUpAt, Optional.empty());
        resolution = GatewayText.nonBlank(resolution);
    }
}
