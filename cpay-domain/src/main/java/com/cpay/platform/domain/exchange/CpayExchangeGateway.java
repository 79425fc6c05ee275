package com.cpay.platform.domain.exchange;

import com.cpay.platform.domain.order.Order;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import com.cpay.platform.domain.quote.model.QuoteRequest;
import com.cpay.platform.domain.quote.model.Quote;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;

/** C-Pay's currency conversion: exchange (s.10) and the two rate queries (s.7, s.8). */
@SecondaryPort
public interface CpayExchangeGateway {

    /**
     * Exchanges the source amount into the target currency at C-Pay's rate.
     *
     * @param order an exchange order ({@link com.cpay.platform.domain.order.ExchangeDetails}), already recorded
     *              as PENDING under its merchantTradeNo; its creation time is the request's createTime
     * @throws IllegalArgumentException    when the order is no exchange
     *
     * @throws GatewayRejectedException    when C-Pay answers {@code code != 0}: nothing was exchanged
     * @throws GatewayUnavailableException when C-Pay cannot be reached or its answer cannot be read
     */
    ExchangeAccepted exchange(Order order);

    /**
     * A rate quote: getExchangeRate for {@link com.cpay.platform.domain.quote.model.QuoteChannel#CRYPTO},
     * getExchangeRateForCreditCard for {@link com.cpay.platform.domain.quote.model.QuoteChannel#CARD}. Nothing is
     * booked; the rate is returned exactly as C-Pay wrote it.
     *
     * @throws GatewayRejectedException    when C-Pay answers {@code code != 0}
     * @throws GatewayUnavailableException when C-Pay cannot be reached or its answer cannot be read
     */
    Quote quote(QuoteRequest request);
}
