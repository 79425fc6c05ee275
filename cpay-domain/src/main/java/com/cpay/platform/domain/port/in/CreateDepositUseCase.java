package com.cpay.platform.domain.port.in;

/** A user wants to deposit crypto through C-Pay's cashier page (createOrder, s.13). */
public interface CreateDepositUseCase {

    /**
     * Records the deposit as PENDING, then asks C-Pay for it.
     *
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    CreateDepositResult createDeposit(CreateDepositCommand command);
}
