package com.cpay.platform.domain.deposit;

import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ExtInfo;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Optional;

/**
 * What createOrder (s.13) sends.
 *
 * @param merchantTradeNo our order number
 * @param userId          the paying user
 * @param amount          the amount to deposit, in a crypto asset ({@code amount} + {@code cryptoCurrency})
 * @param urls            optional callback, success and fail URLs
 * @param extInfo         optional merchant extension data, the text of one JSON object ({@link ExtInfo};
 *                        {@code extInfo}, docs/decisions.md, decision 23); an empty text is none and is not sent
 * @param createTime      the order time (sent as epoch milliseconds, docs/decisions.md, decision 22)
 */
public record DepositRequest(MerchantTradeNo merchantTradeNo, UserId userId, Money amount, OrderUrls urls,
                             Optional<String> extInfo, Instant createTime) {

    public DepositRequest {
        Checks.required(MerchantTradeNo.FIELD, merchantTradeNo);
        Checks.required(UserId.FIELD, userId);
        Checks.required("amount", amount);
        Checks.required("urls", urls);
        extInfo = ExtInfo.orEmpty(extInfo);
        extInfo.ifPresent(ExtInfo::require);
        Checks.required("createTime", createTime);
        if (!amount.asset().isCrypto()) {
            throw ValidationException.of("cryptoCurrency", "crypto-required", "a deposit is in a crypto asset");
        }
    }

    /** A deposit without extension data. */
    public DepositRequest(MerchantTradeNo merchantTradeNo, UserId userId, Money amount, OrderUrls urls,
                          Instant createTime) {
        this(merchantTradeNo, userId, amount, urls, Optional.empty(), createTime);
    }
}
