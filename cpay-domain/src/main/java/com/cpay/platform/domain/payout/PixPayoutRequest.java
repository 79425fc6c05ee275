package com.cpay.platform.domain.payout;

import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.shared.GatewayText;
import com.cpay.platform.domain.payout.model.PixPayoutTerms;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * What createFiatPayoutOrder (s.5) sends for a PIX payout.
 *
 * @param merchantTradeNo our order number
 * @param userId          the user paid
 * @param terms           amount (BRL, what the user receives), country BRA and the PIX key
 * @param urls            optional callback, success and fail URLs
 * @param remark          free text ({@code remark}, at most 256 characters)
 * @param createTime      the order time
 */
public record PixPayoutRequest(MerchantTradeNo merchantTradeNo, UserId userId, PixPayoutTerms terms, OrderUrls urls,
                               Optional<String> remark, Instant createTime) {

    public PixPayoutRequest {
        Checks.required(MerchantTradeNo.FIELD, merchantTradeNo);
        Checks.required(UserId.FIELD, userId);
        Checks.required("terms", terms);
        Checks.required("urls", urls);
        remark = GatewayText.nonBlank(remark);
        Checks.required("createTime", createTime);
    }

    // The PIX key is personal data (a CPF, an e-mail): kept out of logs.
    @Override
    public String toString() {
        return "PixPayoutRequest[merchantTradeNo=" + merchantTradeNo + ", amount=" + terms.amount()
                + ", accountType=" + terms.toAccount().type() + "]";
    }
}
