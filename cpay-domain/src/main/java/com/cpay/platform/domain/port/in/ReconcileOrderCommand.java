package com.cpay.platform.domain.port.in;

import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.MerchantTradeNo;

/**
 * The order to reconcile.
 *
 * @param merchantTradeNo our order number
 */
public record ReconcileOrderCommand(MerchantTradeNo merchantTradeNo) {

    public ReconcileOrderCommand {
        Checks.required(MerchantTradeNo.FIELD, merchantTradeNo);
    }
}
