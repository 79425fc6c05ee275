package com.cpay.platform.domain.payout;

import com.cpay.platform.domain.order.lifecycle.SubmissionOutcome;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.util.Objects;
import java.util.Optional;

/**
 * The crypto payout as recorded after asking C-Pay.
 *
 * @param merchantTradeNo the order number (given or generated)
 * @param cpayOrderId     C-Pay's id, when C-Pay sent one
 * @param status          the order's status now
 * @param reported        the amounts C-Pay reported (orderAmount, receivedAmount, fee), possibly none
 * @param submission      what C-Pay did with the request
 */
public record RequestCryptoPayoutResult(MerchantTradeNo merchantTradeNo, Optional<CpayOrderId> cpayOrderId,
                                        OrderStatus status, ReportedAmounts reported, SubmissionOutcome submission) {

    public RequestCryptoPayoutResult {
        Objects.requireNonNull(merchantTradeNo, "merchantTradeNo");
        Objects.requireNonNull(cpayOrderId, "cpayOrderId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(submission, "submission");
    }
}
