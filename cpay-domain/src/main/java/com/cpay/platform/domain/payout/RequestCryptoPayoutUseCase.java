package com.cpay.platform.domain.payout;

import com.cpay.platform.domain.order.CryptoPayoutDetails;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user withdraws crypto to an external address (withdraw, s.4). */
@PrimaryPort
public interface RequestCryptoPayoutUseCase {

    /**
     * Records the payout as PENDING, then asks C-Pay to send it.
     *
     * @param order the payout ({@link NewOrder#cryptoPayout})
     * @param urls  an optional callback URL (null is none); withdraw takes no success or fail URL
     * @throws com.cpay.platform.domain.shared.ValidationException when a success or fail URL is given (rule
     *         {@code not-supported}); nothing is recorded
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    OrderSubmitted requestCryptoPayout(NewOrder<CryptoPayoutDetails> order, OrderUrls urls);
}
