package com.cpay.platform.domain.card;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;

/**
 * C-Pay's card acquiring: the hosted payment page (createOrderByCreditCard, s.14) and host-to-host payment
 * with 3DS (pwpp, s.12). Implementations never log, store or echo the card data of a
 * {@link DirectCardPaymentRequest}.
 */
@SecondaryPort
public interface CpayCardGateway {

    /**
     * Opens a card order whose card data the user types on C-Pay's page.
     *
     * @throws GatewayRejectedException    when C-Pay answers {@code code != 0}: no order was created
     * @throws GatewayUnavailableException when C-Pay cannot be reached or its answer cannot be read
     */
    HostedCardOrder createHostedCardOrder(HostedCardOrderRequest request);

    /**
     * Charges a card directly. The answer says where the card holder goes next (3DS challenge or straight to
     * the success/fail page); the payment's result arrives later by webhook or order query.
     *
     * @throws GatewayRejectedException    when C-Pay answers {@code code != 0} (e.g. 90751015 "pay fail")
     * @throws GatewayUnavailableException when C-Pay cannot be reached or its answer cannot be read
     */
    DirectCardPaymentResult payByCard(DirectCardPaymentRequest request);
}
