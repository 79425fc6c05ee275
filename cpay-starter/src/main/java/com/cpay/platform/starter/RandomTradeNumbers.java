package com.cpay.platform.starter;

import com.cpay.platform.domain.order.IdGenerator;
import com.cpay.platform.domain.shared.MerchantTradeNo;

import java.util.UUID;

/**
 * merchantTradeNos as {@code cp-} and 32 hex digits of a random (version 4) UUID: 35 characters, letters, digits
 * and {@code -} only. 122 random bits make a repeat across instances and restarts practically impossible without
 * any coordination, which matters because the number is the idempotency anchor toward C-Pay. Thread-safe.
 */
public final class RandomTradeNumbers implements IdGenerator {

    /** Prefix of every generated number, to tell them from the caller's own. */
    public static final String PREFIX = "cp-";

    @Override
    public MerchantTradeNo newMerchantTradeNo() {
        return new MerchantTradeNo(PREFIX + UUID.randomUUID().toString().replace("-", ""));
    }
}
