package com.cpay.platform.domain.payout;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user is paid BRL over PIX (createFiatPayoutOrder, s.5). */
@PrimaryPort
public interface RequestPixPayoutUseCase {

    /**
     * Records the payout as PENDING, asks C-Pay to pay it, and checks that C-Pay's amounts add up
     * ({@code orderAmount = receivedAmount + fee}, receivedAmount = the amount asked); if they do not, the
     * order is flagged for review.
     *
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    RequestPixPayoutResult requestPixPayout(RequestPixPayoutCommand command);
}
