package com.cpay.platform.domain.order;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import com.cpay.platform.domain.shared.MerchantTradeNo;

/** Source of new identifiers. Implementations must be thread-safe. */
@SecondaryPort
public interface IdGenerator {

    /**
     * A merchantTradeNo never handed out before (by this or any other instance), at most 64 characters of
     * letters, digits, {@code -} and {@code _}: it is the idempotency anchor toward C-Pay, so a repeat would
     * make C-Pay refuse the order or, worse, match it to another one.
     */
    MerchantTradeNo newMerchantTradeNo();
}
