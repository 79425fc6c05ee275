package com.cpay.platform.domain.order.query;

import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.Optional;

/**
 * Which order: by exactly one of our merchantTradeNo or C-Pay's order id.
 *
 * @param merchantTradeNo our order number
 * @param cpayOrderId     C-Pay's order id
 */
public record GetOrderQuery(Optional<MerchantTradeNo> merchantTradeNo, Optional<CpayOrderId> cpayOrderId) {

    public GetOrderQuery {
        merchantTradeNo = CommandRules.orEmpty(merchantTradeNo);
        cpayOrderId = CommandRules.orEmpty(cpayOrderId);
        if (merchantTradeNo.isPresent() == cpayOrderId.isPresent()) {
            throw ValidationException.of(MerchantTradeNo.FIELD, "exactly-one",
                    "give exactly one of merchantTradeNo and cpayOrderId");
        }
    }

    /** By our order number. */
    public static GetOrderQuery of(MerchantTradeNo merchantTradeNo) {
        return new GetOrderQuery(Optional.of(merchantTradeNo), Optional.empty());
    }

    /** By C-Pay's order id. */
    public static GetOrderQuery of(CpayOrderId cpayOrderId) {
        return new GetOrderQuery(Optional.empty(), Optional.of(cpayOrderId));
    }
}
