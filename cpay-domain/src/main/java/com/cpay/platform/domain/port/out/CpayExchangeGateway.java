package com.cpay.platform.domain.port.out;

import com.cpay.platform.domain.quote.Quote;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;

/** C-Pay's currency conversion: exchange (s.10) and the two rate queries (s.7, s.8). */
public interface CpayExchangeGateway {

    /**
     * Exchanges the source amount into the target currency at C-Pay's rate.
     *
     * @throws GatewayRejectedException    when C-Pay answers {@code code != 0}: nothing was exchanged
     * @throws GatewayUnavailableException when C-Pay cannot be reached or its answer cannot be read
     */
    ExchangeAccepted exchange(ExchangeRequest request);

    /**
     * A rate quote: getExchangeRate for {@link com.cpay.platform.domain.quote.QuoteChannel#CRYPTO},
     * getExchangeRateForCreditCard for {@link com.cpay.platform.domain.quote.QuoteChannel#CARD}. Nothing is
     * booked; the rate is returned exactly as C-Pay wrote it.
     *
     * @throws GatewayRejectedException    when C-Pay answers {@code code != 0}
     * @throws GatewayUnavailableException when C-Pay cannot be reached or its answer cannot be read
     */
    Quote quote(QuoteRequest request);
}
