package com.cpay.platform.domain.card;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A buyer wants to pay by card on C-Pay's hosted page (createOrderByCreditCard, s.14). */
@PrimaryPort
public interface PayByCardHostedUseCase {

    /**
     * Records the card order as PENDING, then asks C-Pay for the payment page.
     *
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    PayByCardHostedResult payByCardHosted(PayByCardHostedCommand command);
}
