package com.cpay.platform.domain.reconciliation;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Someone (a user, a retry after a timeout, the reconciliation job) asks C-Pay where an order stands. */
@PrimaryPort
public interface ReconcileOrderUseCase {

    /**
     * Queries C-Pay (getOrderDetail) for the order, by C-Pay order id, else transaction hash, else
     * merchantTradeNo, and applies the answer through the order's state machine. An order C-Pay does not know
     * is closed here once it is older than the grace period and C-Pay never gave it an id: the request never
     * arrived.
     *
     * @throws com.cpay.platform.domain.shared.NotFoundException when we have no such order
     * @throws com.cpay.platform.domain.shared.GatewayRejectedException    when C-Pay refuses the query
     * @throws com.cpay.platform.domain.shared.GatewayUnavailableException when C-Pay cannot be reached
     */
    ReconcileOrderResult reconcile(ReconcileOrderCommand command);
}
