package com.cpay.platform.domain.payout;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;

/** C-Pay's payouts: crypto to an external address (withdraw, s.4) and fiat over PIX (createFiatPayoutOrder, s.5). */
@SecondaryPort
public interface CpayPayoutGateway {

    /**
     * Asks C-Pay to send crypto to the user's address.
     *
     * @throws GatewayRejectedException    when C-Pay answers {@code code != 0}: nothing is paid out
     * @throws GatewayUnavailableException when C-Pay cannot be reached or its answer cannot be read; with
     *                                     an unknown outcome the payout may be under way
     */
    PayoutAccepted requestCryptoPayout(CryptoPayoutRequest request);

    /**
     * Asks C-Pay to pay BRL to a PIX key ({@code payoutChannel=1}). The amounts of the answer are returned as
     * reported, not checked: whether they add up is the use case's decision.
     *
     * @throws GatewayRejectedException    when C-Pay answers {@code code != 0}: nothing is paid out
     * @throws GatewayUnavailableException when C-Pay cannot be reached or its answer cannot be read
     */
    PayoutAccepted requestPixPayout(PixPayoutRequest request);
}
