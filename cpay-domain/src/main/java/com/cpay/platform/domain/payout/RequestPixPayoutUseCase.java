package com.cpay.platform.domain.payout;

import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.order.PixPayoutDetails;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user is paid BRL over PIX (createFiatPayoutOrder, s.5). */
@PrimaryPort
public interface RequestPixPayoutUseCase {

    /** {@code remark} is String(256). */
    int MAX_REMARK_LENGTH = 256;

    /**
     * Records the payout as PENDING, asks C-Pay to pay it, and checks that C-Pay's amounts add up
     * ({@code orderAmount = receivedAmount + fee}, receivedAmount = the amount asked); if they do not, the
     * order is flagged for review ({@code AMOUNT_MISMATCH}, the note says why).
     *
     * @param order  the payout ({@link NewOrder#pixPayout}): amount in BRL (what the user receives), country BRA,
     *               PIX key valid for its type
     * @param urls   optional callback, success and fail URLs; null is none
     * @param remark optional free text, at most {@value #MAX_REMARK_LENGTH} characters; blank (or null) is none
     * @throws com.cpay.platform.domain.shared.ValidationException when the remark is too long; nothing is recorded
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    OrderSubmitted requestPixPayout(NewOrder<PixPayoutDetails> order, OrderUrls urls, Optional<String> remark);
}
