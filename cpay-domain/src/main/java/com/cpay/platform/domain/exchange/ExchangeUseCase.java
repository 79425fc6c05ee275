package com.cpay.platform.domain.exchange;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user exchanges one currency for another at C-Pay's rate (exchange, s.10). */
@PrimaryPort
public interface ExchangeUseCase {

    /**
     * Records the exchange as PENDING, asks C-Pay to do it, and records the result (COMPLETED) from C-Pay's
     * answer; amounts are never computed from the rate.
     *
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    ExchangeOrderResult exchange(ExchangeCommand command);
}
