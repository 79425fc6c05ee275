package com.cpay.platform.domain.reconciliation;

import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.MerchantTradeNo;

/**
 * The order to reconcile.
 *
 * @param merchantTradeNo our order number
 * @param creatorGone     the call that created the order is known to have ended without recording C-Pay's answer
 *                        (its process died and a retry took its idempotency key over): a money-out order without
 *                        evidence is then marked "outcome unknown" at once instead of after the grace period, in
 *                        which a young order may still be waiting for its answer
 */
public record ReconcileOrderCommand(MerchantTradeNo merchantTradeNo, boolean creatorGone) {

    /** An order looked at by reconciliation or a client's refresh, whose creating call may still be running. */
    public ReconcileOrderCommand(MerchantTradeNo merchantTradeNo) {
        this(merchantTradeNo, false);
    }

    public ReconcileOrderCommand {
        Checks.required(MerchantTradeNo.FIELD, merchantTradeNo);
    }
}
