package com.cpay.platform.domain.exchange;

import com.cpay.platform.domain.order.ExchangeDetails;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user exchanges one currency for another at C-Pay's rate (exchange, s.10). */
@PrimaryPort
public interface ExchangeUseCase {

    /**
     * Records the exchange as PENDING, asks C-Pay to do it, and records the result (COMPLETED) from C-Pay's
     * answer; amounts are never computed from the rate.
     *
     * @param order the exchange ({@link NewOrder#exchange})
     * @return the exchange as stored, with C-Pay's target amount, rate and fee in its details when C-Pay exchanged
     *         into the currency asked (otherwise it is flagged for review, and the note says what C-Pay did)
     *
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    OrderSubmitted exchange(NewOrder<ExchangeDetails> order);
}
