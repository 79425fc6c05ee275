package com.cpay.platform.domain.payout;

import com.cpay.platform.domain.order.lifecycle.SubmissionOutcome;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.payout.model.PixPayoutSettlement;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.util.Objects;
import java.util.Optional;

/**
 * The PIX payout as recorded after asking C-Pay.
 *
 * @param merchantTradeNo the order number (given or generated)
 * @param cpayOrderId     C-Pay's id, when C-Pay sent one
 * @param status          the order's status now
 * @param settlement      C-Pay's amounts, when they were reported and add up
 * @param needsReview     whether the order was flagged (amounts missing a part, not adding up, or not the
 *                        amount asked)
 * @param reviewDetail    why, when flagged
 * @param submission      what C-Pay did with the request
 */
public record RequestPixPayoutResult(MerchantTradeNo merchantTradeNo, Optional<CpayOrderId> cpayOrderId,
                                     OrderStatus status, Optional<PixPayoutSettlement> settlement,
                                     boolean needsReview, Optional<String> reviewDetail,
                                     SubmissionOutcome submission) {

    public RequestPixPayoutResult {
        Objects.requireNonNull(merchantTradeNo, "merchantTradeNo");
        Objects.requireNonNull(cpayOrderId, "cpayOrderId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(reviewDetail, "reviewDetail");
        Objects.requireNonNull(submission, "submission");
    }
}
