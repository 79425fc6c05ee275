package com.cpay.platform.domain.payout;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;

/** A user withdraws crypto to an external address (withdraw, s.4). */
@PrimaryPort
public interface RequestCryptoPayoutUseCase {

    /**
     * Records the payout as PENDING, then asks C-Pay to send it.
     *
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    OrderSubmitted requestCryptoPayout(RequestCryptoPayoutCommand command);
}
