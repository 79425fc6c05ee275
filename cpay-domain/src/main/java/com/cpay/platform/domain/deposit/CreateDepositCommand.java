package com.cpay.platform.domain.deposit;

import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.shared.ExtInfo;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.Violations;
import java.util.Objects;
import java.util.Optional;

/**
 * A crypto deposit to open.
 *
 * @param merchantTradeNo the caller's order number; one is generated when absent
 * @param userId          the depositing user
 * @param amount          how much, in a crypto asset, positive
 * @param urls            optional callback, success and fail URLs
 * @param extInfo         optional merchant extension data for C-Pay, the text of one JSON object ({@link ExtInfo});
 *                        an empty text is none
 */
public record CreateDepositCommand(Optional<MerchantTradeNo> merchantTradeNo, UserId userId, Money amount,
                                   OrderUrls urls, Optional<String> extInfo) {

    public CreateDepositCommand {
        merchantTradeNo = CommandRules.orEmpty(merchantTradeNo);
        urls = Objects.requireNonNullElse(urls, OrderUrls.none());
        extInfo = ExtInfo.orEmpty(extInfo);
        Violations v = new Violations();
        CommandRules.required(v, UserId.FIELD, userId);
        if (CommandRules.required(v, "amount", amount) && !amount.asset().isCrypto()) {
            v.add("cryptoCurrency", "crypto-required", "a deposit is in a crypto asset");
        }
        CommandRules.positive(v, "amount", amount);
        ExtInfo.check(v, extInfo);
        v.throwIfAny();
    }

    /** A deposit without extension data. */
    public CreateDepositCommand(Optional<MerchantTradeNo> merchantTradeNo, UserId userId, Money amount,
                                OrderUrls urls) {
        this(merchantTradeNo, userId, amount, urls, Optional.empty());
    }
}
