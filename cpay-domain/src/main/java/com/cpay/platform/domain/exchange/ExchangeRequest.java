package com.cpay.platform.domain.exchange;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import java.time.Instant;

/**
 * What exchange (s.10) sends.
 *
 * @param merchantTradeNo our order number
 * @param userId          the user exchanging
 * @param sourceAmount    what the user gives ({@code sourceAmount} + {@code sourceCurrency})
 * @param targetCurrency  what the user wants
 * @param createTime      the order time
 */
public record ExchangeRequest(MerchantTradeNo merchantTradeNo, UserId userId, Money sourceAmount,
                              Asset targetCurrency, Instant createTime) {

    public ExchangeRequest {
        Checks.required(MerchantTradeNo.FIELD, merchantTradeNo);
        Checks.required(UserId.FIELD, userId);
        Checks.required("sourceAmount", sourceAmount);
        Checks.required("targetCurrency", targetCurrency);
        Checks.required("createTime", createTime);
    }
}
