package com.cpay.platform.domain.shared;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The unique order number the merchant gives each order; the idempotency anchor toward C-Pay (on a
 * timeout, ask getOrderDetail with it before any retry).
 *
 * <p>Non-blank, at most 64 characters, no control characters; errors name the field {@code merchantTradeNo}.
 *
 * @param value the text exactly as sent on the wire
 */
@ValueObject
public record MerchantTradeNo(String value) {

    /** The field name used in errors. */
    public static final String FIELD = "merchantTradeNo";
    /** The longest value accepted. */
    public static final int MAX_LENGTH = 64;

    public MerchantTradeNo {
        Checks.text(FIELD, value, MAX_LENGTH);
    }

    /** Reads a value that arrived under another field name, e.g. {@code orders[2].merchantTradeNo}. */
    public static MerchantTradeNo of(String field, String value) {
        Checks.text(field, value, MAX_LENGTH);
        return new MerchantTradeNo(value);
    }

    /** The value itself, so the identifier can be used wherever text is expected. */
    @Override
    public String toString() {
        return value;
    }
}
