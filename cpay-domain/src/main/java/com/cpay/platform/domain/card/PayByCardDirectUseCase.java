package com.cpay.platform.domain.card;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;

/** A buyer pays by card on the merchant's own page, with 3DS (pwpp, s.12). */
@PrimaryPort
public interface PayByCardDirectUseCase {

    /**
     * Records the payment (masked card only) as PENDING with the rounded-down amount, then charges the card.
     *
     * @return the payment as stored: the masked card, the amount asked and charged, and the 3DS or result page
     *         when C-Pay sent one. The payment's outcome arrives later (webhook, order query)
     *
     * @throws com.cpay.platform.domain.shared.ValidationException when the card has expired (field
     *         {@code expDate}, rule {@code expired})
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    OrderSubmitted payByCardDirect(PayByCardDirectCommand command);
}
