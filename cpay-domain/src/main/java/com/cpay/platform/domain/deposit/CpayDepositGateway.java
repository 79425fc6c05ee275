package com.cpay.platform.domain.deposit;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import com.cpay.platform.domain.shared.UserId;
import java.util.List;
import java.util.Optional;

/** C-Pay's crypto deposit operations: createOrder (s.13) and getWalletAddress (s.3). */
@SecondaryPort
public interface CpayDepositGateway {

    /**
     * Asks C-Pay to open a crypto deposit order (createOrder); the user pays on the returned cashier page.
     *
     * @param order   a crypto deposit ({@link com.cpay.platform.domain.order.CryptoDepositDetails}), already recorded
     *                as PENDING under its merchantTradeNo: user, amount and coin; its creation time is the request's
     *                createTime (epoch milliseconds, docs/decisions.md, decision 22)
     * @param urls    the callback, success and fail URLs to send; the order does not keep them
     * @param extInfo merchant extension data to send, the text of one JSON object
     *                ({@link com.cpay.platform.domain.shared.ExtInfo}, docs/decisions.md, decision 23), as the use
     *                case checked it; empty sends none
     * @return C-Pay's answer
     * @throws IllegalArgumentException    when the order is no crypto deposit
     * @throws GatewayRejectedException    when C-Pay answers {@code code != 0}: no order was created
     * @throws GatewayUnavailableException when C-Pay cannot be reached or its answer cannot be read; see
     *                                     {@link GatewayUnavailableException#outcomeUnknown()}
     */
    CreatedDeposit createDeposit(Order order, OrderUrls urls, Optional<String> extInfo);

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
