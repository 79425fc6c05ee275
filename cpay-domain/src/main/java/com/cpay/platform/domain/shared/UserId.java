package com.cpay.platform.domain.shared;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The id of the merchant's end user, as the merchant's system knows it ({@code userId}, echoed back as
 * {@code merchantUserId}).
 *
 * <p>Non-blank, at most 64 characters, no control characters; errors name the field {@code userId}.
 *
 * @param value the text exactly as sent on the wire
 */
@ValueObject
public record UserId(String value) {

    /** The field name used in errors. */
    public static final String FIELD = "userId";
    /** The longest value accepted. */
    public static final int MAX_LENGTH = 64;

    public UserId {
        Checks.text(FIELD, value, MAX_LENGTH);
    }

    /** Reads a value that arrived under another field name, e.g. {@code orders[2].userId}. */
    public static UserId of(String field, String value) {
        Checks.text(field, value, MAX_LENGTH);
        return new UserId(value);
    }

    /** The value itself, so the identifier can be used wherever text is expected. */
    @Override
    public String toString() {
        return value;
    }
}
