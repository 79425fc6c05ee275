package com.cpay.platform.domain.order;

import com.cpay.platform.domain.shared.ConflictException;
import com.cpay.platform.domain.shared.MerchantTradeNo;

/**
 * An order was changed by someone else between reading and saving it (optimistic locking). Retry from a
 * fresh read; the change was not stored.
 */
public final class ConcurrentUpdateException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final transient MerchantTradeNo merchantTradeNo;
    private final long expectedVersion;

    public ConcurrentUpdateException(MerchantTradeNo merchantTradeNo, long expectedVersion) {
        super("order " + merchantTradeNo + " was changed concurrently: version " + expectedVersion
                + " is no longer current");
        this.merchantTradeNo = merchantTradeNo;
        this.expectedVersion = expectedVersion;
    }

    public MerchantTradeNo merchantTradeNo() {
        return merchantTradeNo;
    }

    /** The version the failed save was based on. */
    public long expectedVersion() {
        return expectedVersion;
    }
}
