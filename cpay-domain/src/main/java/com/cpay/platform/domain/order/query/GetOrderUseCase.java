package com.cpay.platform.domain.order.query;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import com.cpay.platform.domain.reconciliation.ReconcileOrderUseCase;

/** A caller wants to see one order, with its status history and review notes. */
@PrimaryPort
public interface GetOrderUseCase {

    /**
     * The stored order; C-Pay is not asked (see {@link ReconcileOrderUseCase} for that).
     *
     * @throws com.cpay.platform.domain.shared.NotFoundException when no order matches
     */
    GetOrderResult getOrder(GetOrderQuery query);
}
