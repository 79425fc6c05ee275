package com.cpay.platform.domain.notification;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import com.cpay.platform.domain.reconciliation.ReconcileOrderUseCase;

/**
 * Settles the notifications the inbox holds because they matched no order or could not be read: each is
 * matched to an order of ours by its keys and that order reconciled with C-Pay, or else C-Pay is asked about it
 * and its answer kept for the reviewer. Run by the reconciliation job.
 */
@PrimaryPort
public interface ResolveStoredNotificationsUseCase {

    /**
     * Takes up to {@code batchSize} inbox entries that are {@code NEEDS_LOOKUP} or {@code UNMATCHED}, not yet
     * looked up and due. For each: when an order of ours matches its keys (merchantTradeNo, then C-Pay order id,
     * then hash), that order is reconciled through {@link ReconcileOrderUseCase} and the entry becomes
     * {@code RESOLVED}; otherwise getOrderDetail is asked by C-Pay order id, hash or merchantTradeNo: when its
     * answer names a merchantTradeNo of ours, that order is reconciled and the entry resolved, else the answer
     * (status, merchantTradeNo, amounts) is recorded on the entry, which stays {@code UNMATCHED} for review.
     * No order is ever created here. A lookup that fails is retried later with a growing delay; one entry
     * failing does not stop the others.
     */
    ResolveStoredNotificationsResult resolve(ResolveStoredNotificationsCommand command);
}
