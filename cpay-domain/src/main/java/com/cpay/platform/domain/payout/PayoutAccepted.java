package com.cpay.platform.domain.payout;

import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.AmountKind;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.shared.CpayOrderId;
import java.util.Objects;
import java.util.Optional;

/**
 * C-Pay's answer to a payout request (withdraw s.4, createFiatPayoutOrder s.5), amounts as reported. The
 * withdraw example returns only {@code fee}, so every field is optional.
 *
 * @param cpayOrderId    C-Pay's id of the payout ({@code orderId})
 * @param status         {@code status}, raw, when sent
 * @param orderAmount    {@code orderAmount}: for PIX, receivedAmount + fee
 * @param receivedAmount {@code receivedAmount}: what the user receives
 * @param fee            {@code fee}: C-Pay's handling fee
 */
public record PayoutAccepted(
        Optional<CpayOrderId> cpayOrderId,
        Optional<StatusCode> status,
        Optional<Money> orderAmount,
        Optional<Money> receivedAmount,
        Optional<Money> fee) {

    public PayoutAccepted {
        cpayOrderId = Objects.requireNonNullElse(cpayOrderId, Optional.empty());
        status = Objects.requireNonNullElse(status, Optional.empty());
        orderAmount = Objects.requireNonNullElse(orderAmount, Optional.empty());
        receivedAmount = Objects.requireNonNullElse(receivedAmount, Optional.empty());
        fee = Objects.requireNonNullElse(fee, Optional.empty());
    }

    /** The reported amounts, for recording on the order. */
    public ReportedAmounts amounts() {
        return ReportedAmounts.none()
                .with(AmountKind.ORDER_AMOUNT, orderAmount.orElse(null))
                .with(AmountKind.RECEIVED_AMOUNT, receivedAmount.orElse(null))
                .with(AmountKind.FEE, fee.orElse(null));
    }
}
