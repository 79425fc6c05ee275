package com.cpay.platform.domain.card;

import com.cpay.platform.domain.order.CardPaymentDetails;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A buyer pays by card on the merchant's own page, with 3DS (pwpp, s.12). */
@PrimaryPort
public interface PayByCardDirectUseCase {

    /**
     * Records the payment (masked card only) as PENDING with the rounded-down amount, then charges the card.
     *
     * @param order    the payment ({@link NewOrder#directCard}), holding the masked number of {@code card}
     * @param card     the card, passed through to C-Pay only
     * @param checkout what the shop's checkout sends with it: holder, billing address, browser (3DS), products ...
     * @return the payment as stored: the masked card, the amount asked and charged, and the 3DS or result page
     *         when C-Pay sent one. The payment's outcome arrives later (webhook, order query)
     *
     * @throws IllegalArgumentException when the order does not hold the card's masked number
     * @throws com.cpay.platform.domain.shared.ValidationException when the card has expired (field
     *         {@code expDate}, rule {@code expired})
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    OrderSubmitted payByCardDirect(NewOrder<CardPaymentDetails> order, CardData card,
                                   CpayCardGateway.DirectCheckout checkout);
}
