package com.cpay.platform.domain.card;

import com.cpay.platform.domain.order.lifecycle.SubmissionOutcome;
import com.cpay.platform.domain.money.RoundedCardAmount;
import com.cpay.platform.domain.order.CardRedirect;
import com.cpay.platform.domain.order.MaskedPan;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.util.Objects;
import java.util.Optional;

/**
 * The direct card payment as recorded after asking C-Pay. The outcome of the payment itself arrives later
 * (webhook, order query); this says where to send the card holder now.
 *
 * @param merchantTradeNo the order number (given or generated)
 * @param cpayOrderId     C-Pay's id, when C-Pay sent one
 * @param status          the order's status now
 * @param amount          what was asked and what is charged: {@link RoundedCardAmount#wasRounded()} reports the
 *                        documented round-down (docs/decisions.md, decision 10)
 * @param card            the masked card
 * @param redirect        the 3DS or result page or URL, when C-Pay sent one
 * @param submission      what C-Pay did with the request
 */
public record PayByCardDirectResult(MerchantTradeNo merchantTradeNo, Optional<CpayOrderId> cpayOrderId,
                                    OrderStatus status, RoundedCardAmount amount, MaskedPan card,
                                    Optional<CardRedirect> redirect, SubmissionOutcome submission) {

    public PayByCardDirectResult {
        Objects.requireNonNull(merchantTradeNo, "merchantTradeNo");
        Objects.requireNonNull(cpayOrderId, "cpayOrderId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(redirect, "redirect");
        Objects.requireNonNull(submission, "submission");
    }
}
