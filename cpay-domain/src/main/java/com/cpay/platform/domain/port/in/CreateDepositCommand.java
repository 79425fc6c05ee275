package com.cpay.platform.domain.port.in;

import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.port.out.OrderUrls;
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
 */
public record CreateDepositCommand(Optional<MerchantTradeNo> merchantTradeNo, UserId userId, Money amount,
                                   OrderUrls urls) {

    public CreateDepositCommand {
        merchantTradeNo = CommandRules.orEmpty(merchantTradeNo);
        urls = Objects.requireNonNullElse(urls, OrderUrls.none());
        Violations v = new Violations();
        CommandRules.required(v, UserId.FIELD, userId);
        if (CommandRules.required(v, "amount", amount) && !amount.asset().isCrypto()) {
            v.add("cryptoCurrency", "crypto-required", "a deposit is in a crypto asset");
        }
        CommandRules.positive(v, "amount", amount);
        v.throwIfAny();
    }
}
