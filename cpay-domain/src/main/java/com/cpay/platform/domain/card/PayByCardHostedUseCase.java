package com.cpay.platform.domain.card;

import com.cpay.platform.domain.order.HostedCardDetails;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A buyer wants to pay by card on C-Pay's hosted page (createOrderByCreditCard, s.14). */
@PrimaryPort
public interface PayByCardHostedUseCase {

    /**
     * Records the card order as PENDING, then asks C-Pay for the payment page.
     *
     * @param order    the card order ({@link NewOrder#hostedCard})
     * @param checkout what the shop's checkout sends with it: products, buyer, language, URLs, extInfo
     * @return the card order as stored (C-Pay may close one at once), with the payment page when C-Pay answered
     *
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    OrderSubmitted payByCardHosted(NewOrder<HostedCardDetails> order, CpayCardGateway.HostedCheckout checkout);
}
