package com.cpay.platform.domain.exchange;

import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.Violations;
import java.util.Optional;

/**
 * An exchange.
 *
 * @param merchantTradeNo the caller's order number; one is generated when absent
 * @param userId          the user exchanging
 * @param sourceAmount    what the user gives, positive
 * @param targetCurrency  what the user wants, another asset
 */
public record ExchangeCommand(Optional<MerchantTradeNo> merchantTradeNo, UserId userId, Money sourceAmount,
                              Asset targetCurrency) {

    public ExchangeCommand {
        merchantTradeNo = CommandRules.orEmpty(merchantTradeNo);
        Violations v = new Violations();
        CommandRules.required(v, UserId.FIELD, userId);
        CommandRules.required(v, "sourceAmount", sourceAmount);
        CommandRules.positive(v, "sourceAmount", sourceAmount);
        if (CommandRules.required(v, "targetCurrency", targetCurrency) && sourceAmount != null
                && sourceAmount.asset().equals(targetCurrency)) {
            v.add("targetCurrency", "same-currency", "targetCurrency must differ from the source currency");
        }
        v.throwIfAny();
    }
}
