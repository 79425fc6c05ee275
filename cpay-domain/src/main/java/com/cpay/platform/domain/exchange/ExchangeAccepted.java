package com.cpay.platform.domain.exchange;

import com.cpay.platform.domain.quote.model.ExchangeResult;
import com.cpay.platform.domain.shared.CpayOrderId;
import java.util.Objects;
import java.util.Optional;

/**
 * C-Pay's answer to exchange (s.10).
 *
 * @param result      target amount, rate and fee as C-Pay returned them
 * @param cpayOrderId C-Pay's order id, if the answer carries one (the document's example does not)
 */
public record ExchangeAccepted(ExchangeResult result, Optional<CpayOrderId> cpayOrderId) {

    public ExchangeAccepted {
        Objects.requireNonNull(result, "result");
        cpayOrderId = Objects.requireNonNullElse(cpayOrderId, Optional.empty());
    }
}
