package com.cpay.platform.domain.payout;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;

/** A user is paid BRL over PIX (createFiatPayoutOrder, s.5). */
@PrimaryPort
public interface RequestPixPayoutUseCase {

    /**
     * Records the payout as PENDING, asks C-Pay to pay it, and checks that C-Pay's amounts add up
     * ({@code orderAmount = receivedAmount + fee}, receivedAmount = the amount asked); if they do not, the
     * order is flagged for review ({@code AMOUNT_MISMATCH}, the note says why).
     *
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    OrderSubmitted requestPixPayout(RequestPixPayoutCommand command);
}
