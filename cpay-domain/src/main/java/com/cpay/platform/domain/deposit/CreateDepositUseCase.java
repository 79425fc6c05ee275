package com.cpay.platform.domain.deposit;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user wants to deposit crypto through C-Pay's cashier page (createOrder, s.13). */
@PrimaryPort
public interface CreateDepositUseCase {

    /**
     * Records the deposit as PENDING, then asks C-Pay for it.
     *
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    CreateDepositResult createDeposit(CreateDepositCommand command);
}
