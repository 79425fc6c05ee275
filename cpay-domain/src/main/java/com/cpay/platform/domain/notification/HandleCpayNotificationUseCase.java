package com.cpay.platform.domain.notification;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** C-Pay tells us an order changed (webhook, s.15). */
@PrimaryPort
public interface HandleCpayNotificationUseCase {

    /**
     * Has the delivered body verified and read (once, by {@link NotificationVerifier}); a refused one whose sender
     * {@link DeliveryAdmission} holds back is answered {@code RATE_LIMITED} with nothing stored. Otherwise, in one
     * transaction ({@link com.cpay.platform.domain.order.Transactions}): stores the notification in the inbox
     * (deduplicated by the SHA-256 of the body), then, when its signature was verified, it names this
     * merchant and it was not processed before: finds its order (by merchantTradeNo, then C-Pay order id, then
     * hash) and applies the report through the order's state machine, retrying from a fresh read when the order
     * changed concurrently. When no order matches, only a notification without merchantTradeNo that carries a
     * hash creates a no-order deposit; any other is kept {@code UNMATCHED} for review (docs/decisions.md, decision 15).
     * A notification for another merchant, or for none, is stored as rejected. One that cannot be read or
     * applied is kept {@code NEEDS_LOOKUP} with the keys that could be read.
     *
     * @return what was done, returned once the transaction committed; {@link
     *         HandleCpayNotificationResult#acknowledge()} says whether to answer C-Pay "OK"
     * @throws com.cpay.platform.domain.order.ConcurrentUpdateException when the order kept changing for
     *         every retry; this and any other failure rolls back everything (answer "FAIL": C-Pay delivers
     *         again)
     */
    HandleCpayNotificationResult handle(HandleCpayNotificationCommand command);
}
