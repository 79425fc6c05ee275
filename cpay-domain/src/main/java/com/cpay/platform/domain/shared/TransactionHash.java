package com.cpay.platform.domain.shared;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The hash of an on-chain transaction ({@code hash}), used to find no-order deposits through getOrderDetail.
 *
 * <p>Non-blank, at most 128 characters, no control characters; errors name the field {@code hash}.
 *
 * @param value the text exactly as sent on the wire
 */
@ValueObject
public record TransactionHash(String value) {

    /** The field name used in errors. */
    public static final String FIELD = "hash";
    /** The longest value accepted. */
    public static final int MAX_LENGTH = 128;

    public TransactionHash {
        Checks.text(FIELD, value, MAX_LENGTH);
    }

    /** Reads a value that arrived under another field name, e.g. {@code orders[2].hash}. */
    public static TransactionHash of(String field, String value) {
        Checks.text(field, value, MAX_LENGTH);
        return new TransactionHash(value);
    }

    /** The value itself, so the identifier can be used wherever text is expected. */
    @Override
    public String toString() {
        return value;
    }
}
