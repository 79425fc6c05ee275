package com.cpay.platform.domain.payout;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import java.util.Optional;

/**
 * C-Pay's payouts: crypto to an external address (withdraw, s.4) and fiat over PIX (createFiatPayoutOrder, s.5).
 * Each takes the order as recorded PENDING (its creation time is the request's createTime, also when an operator
 * resubmits it) and what is sent with it that the order does not keep.
 */
@SecondaryPort
public interface CpayPayoutGateway {

    /**
     * Asks C-Pay to send crypto to the user's address.
     *
     * @param order a crypto payout ({@link com.cpay.platform.domain.order.CryptoPayoutDetails}); its address is sent
     *              only as today's address rules accept it
     * @param urls  the callback URL to send (withdraw takes no success or fail URL)
     * @throws IllegalArgumentException    when the order is no crypto payout
     * @throws GatewayRejectedException    when C-Pay answers {@code code != 0}: nothing is paid out
     * @throws GatewayUnavailableException when C-Pay cannot be reached or its answer cannot be read; with
     *                                     an unknown outcome the payout may be under way
     */
    PayoutAccepted requestCryptoPayout(Order order, OrderUrls urls);

    /**
     * Asks C-Pay to pay BRL to a PIX key ({@code payoutChannel=1}). The amounts of the answer are returned as
     * reported, not checked: whether they add up is the use case's decision.
     *
     * @param order  a PIX payout ({@link com.cpay.platform.domain.order.PixPayoutDetails})
     * @param urls   the callback, success and fail URLs to send
     * @param remark free text to send ({@code remark}, at most 256 characters); empty or blank sends none
     * @throws IllegalArgumentException    when the order is no PIX payout
     * @throws GatewayRejectedException    when C-Pay answers {@code code != 0}: nothing is paid out
     * @throws GatewayUnavailableException when C-Pay cannot be reached or its answer cannot be read
     */
    PayoutAccepted requestPixPayout(Order order, OrderUrls urls, Optional<String> remark);
}
