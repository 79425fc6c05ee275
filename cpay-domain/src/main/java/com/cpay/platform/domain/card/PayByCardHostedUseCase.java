package com.cpay.platform.domain.card;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;

/** A buyer wants to pay by card on C-Pay's hosted page (createOrderByCreditCard, s.14). */
@PrimaryPort
public interface PayByCardHostedUseCase {

    /**
     * Records the card order as PENDING, then asks C-Pay for the payment page.
     *
     * @return the card order as stored (C-Pay may close one at once), with the payment page when C-Pay answered
     *
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    OrderSubmitted payByCardHosted(PayByCardHostedCommand command);
}
