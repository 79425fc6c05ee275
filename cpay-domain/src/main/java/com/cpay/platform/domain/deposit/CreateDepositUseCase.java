package com.cpay.platform.domain.deposit;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;

/** A user wants to deposit crypto through C-Pay's cashier page (createOrder, s.13). */
@PrimaryPort
public interface CreateDepositUseCase {

    /**
     * Records the deposit as PENDING, then asks C-Pay for it.
     *
     * @return the deposit as stored, with C-Pay's cashier page when C-Pay answered
     *
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    OrderSubmitted createDeposit(CreateDepositCommand command);
}
