package com.cpay.platform.domain.card;

import com.cpay.platform.domain.order.lifecycle.SubmissionOutcome;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.util.Objects;
import java.util.Optional;

/**
 * The hosted card order as recorded after asking C-Pay.
 *
 * @param merchantTradeNo the order number (given or generated)
 * @param cpayOrderId     C-Pay's id, when C-Pay answered
 * @param status          the order's status now (C-Pay may close a card order at once)
 * @param cashierUrl      the card payment page, when C-Pay answered
 * @param submission      what C-Pay did with the request
 */
public record PayByCardHostedResult(MerchantTradeNo merchantTradeNo, Optional<CpayOrderId> cpayOrderId,
                                    OrderStatus status, Optional<String> cashierUrl, SubmissionOutcome submission) {

    public PayByCardHostedResult {
        Objects.requireNonNull(merchantTradeNo, "merchantTradeNo");
        Objects.requireNonNull(cpayOrderId, "cpayOrderId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(cashierUrl, "cashierUrl");
        Objects.requireNonNull(submission, "submission");
    }
}
