package com.cpay.platform.domain.fake;

import com.cpay.platform.domain.order.IdGenerator;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.util.concurrent.atomic.AtomicLong;

/** Hands out {@code mtn-000001}, {@code mtn-000002} ... Thread-safe. */
public final class SequentialIdGenerator implements IdGenerator {

    private final String prefix;
    private final AtomicLong next = new AtomicLong(1);

    public SequentialIdGenerator() {
        this("mtn-");
    }

    public SequentialIdGenerator(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public MerchantTradeNo newMerchantTradeNo() {
        return new MerchantTradeNo(String.format("%s%06d", prefix, next.getAndIncrement()));
    }

    /** How many numbers were handed out. */
    public long issued() {
        return next.get() - 1;
    }
}
