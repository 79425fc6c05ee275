package com.cpay.platform.domain.exchange;

import com.cpay.platform.domain.order.lifecycle.SubmissionOutcome;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.quote.model.ExchangeResult;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.util.Objects;
import java.util.Optional;

/**
 * The exchange as recorded after asking C-Pay.
 *
 * @param merchantTradeNo the order number (given or generated)
 * @param cpayOrderId     C-Pay's id, when C-Pay sent one
 * @param status          the order's status now
 * @param result          target amount, rate and fee as C-Pay answered them
 * @param submission      what C-Pay did with the request
 */
public record ExchangeOrderResult(MerchantTradeNo merchantTradeNo, Optional<CpayOrderId> cpayOrderId,
                                  OrderStatus status, Optional<ExchangeResult> result, SubmissionOutcome submission) {

    public ExchangeOrderResult {
        Objects.requireNonNull(merchantTradeNo, "merchantTradeNo");
        Objects.requireNonNull(cpayOrderId, "cpayOrderId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(submission, "submission");
    }
}
