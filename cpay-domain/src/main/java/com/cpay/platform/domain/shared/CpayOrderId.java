package com.cpay.platform.domain.shared;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * C-Pay's own id of an order ({@code orderId} in its answers, {@code cpayOrderId} when asking getOrderDetail).
 *
 * <p>Non-blank, at most 64 characters, no control characters; errors name the field {@code cpayOrderId}.
 *
 * @param value the text exactly as sent on the wire
 */
@ValueObject
public record CpayOrderId(String value) {

    /** The field name used in errors. */
    public static final String FIELD = "cpayOrderId";
    /** The longest value accepted. */
    public static final int MAX_LENGTH = 64;

    public CpayOrderId {
        Checks.text(FIELD, value, MAX_LENGTH);
    }

    /** Reads a value that arrived under another field name, e.g. {@code orders[2].cpayOrderId}. */
    public static CpayOrderId of(String field, String value) {
        Checks.text(field, value, MAX_LENGTH);
        return new CpayOrderId(value);
    }

    /** The value itself, so the identifier can be used wherever text is expected. */
    @Override
    public String toString() {
        return value;
    }
}
