package com.cpay.platform.domain.payout;

import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.payout.model.CryptoAddress;
import com.cpay.platform.domain.payout.model.CryptoPayoutAmounts;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import java.time.Instant;

/**
 * What withdraw (s.4) sends.
 *
 * @param merchantTradeNo our order number
 * @param userId          the withdrawing user
 * @param toAddress       destination address and its network ({@code toAddress} + {@code network})
 * @param amounts         {@code totalAmount} and {@code receivedAmount}, in the coin sent ({@code cryptoCurrency})
 * @param urls            optional callback URL (withdraw takes no success or fail URL)
 * @param createTime      the order time
 */
public record CryptoPayoutRequest(MerchantTradeNo merchantTradeNo, UserId userId, CryptoAddress toAddress,
                                  CryptoPayoutAmounts amounts, OrderUrls urls, Instant createTime) {

    public CryptoPayoutRequest {
        Checks.required(MerchantTradeNo.FIELD, merchantTradeNo);
        Checks.required(UserId.FIELD, userId);
        Checks.required(CryptoAddress.FIELD, toAddress);
        Checks.required("amounts", amounts);
        Checks.required("urls", urls);
        Checks.required("createTime", createTime);
    }
}
