package com.cpay.platform.domain.deposit;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import com.cpay.platform.domain.shared.UserId;
import java.util.List;

/** C-Pay's crypto deposit operations: createOrder (s.13) and getWalletAddress (s.3). */
@SecondaryPort
public interface CpayDepositGateway {

    /**
     * Asks C-Pay to open a crypto deposit order (createOrder); the user pays on the returned cashier page.
     *
     * @param request the order, already recorded as PENDING under its merchantTradeNo
     * @return C-Pay's answer
     * @throws GatewayRejectedException    when C-Pay answers {@code code != 0}: no order was created
     * @throws GatewayUnavailableException when C-Pay cannot be reached or its answer cannot be read; see
     *                                     {@link GatewayUnavailableException#outcomeUnknown()}
     */
    CreatedDeposit createDeposit(DepositRequest request);

    /**
     * The addresses C-Pay holds for this user, one per coin and network (getWalletAddress); C-Pay creates
     * them on first request. Needed for deposits in no-order mode (docs/decisions.md, decision 15).
     *
     * @return the addresses as C-Pay lists them, possibly empty
     * @throws GatewayRejectedException    when C-Pay answers {@code code != 0}
     * @throws GatewayUnavailableException when C-Pay cannot be reached or its answer cannot be read
     */
    List<DepositAddress> depositAddresses(UserId userId);
}
