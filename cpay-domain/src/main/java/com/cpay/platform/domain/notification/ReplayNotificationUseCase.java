package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.shared.Checks;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * An operator applies a stored, verified notification again, through the same matching and state machine as the
 * webhook intake: one that matched no order when it came (the order was stored later, or under another key), one
 * whose processing failed, or one held for a lookup. Only an entry that was never applied is replayed, so a
 * notification applies once: a replayed one is {@code RESOLVED} (or {@code PROCESSED}) afterwards and a second
 * replay is refused. A refused (unsigned, forged, another merchant's) notification is never replayed, and neither
 * is a stored body that no longer verifies (free text masked for card data when it was stored breaks its
 * signature). Nothing is sent to C-Pay.
 */
@PrimaryPort
public interface ReplayNotificationUseCase {

    /**
     * Applies the entry again, in one transaction with the entry's new state.
     *
     * @return what applying it did (APPLIED_TO_ORDER, CREATED_DEPOSIT, or UNMATCHED when it still matches nothing)
     * @throws com.cpay.platform.domain.shared.NotFoundException when there is no such entry
     * @throws com.cpay.platform.domain.shared.ConflictException when the entry was refused, already applied, or its
     *                                                           stored body no longer verifies or cannot be read
     */
    HandleCpayNotificationUseCase.Result replay(Command command);

    /** @param dedupeKey the inbox entry */
    record Command(String dedupeKey) {
        public Command {
            Checks.text("dedupeKey", dedupeKey, 255);
        }
    }
}
