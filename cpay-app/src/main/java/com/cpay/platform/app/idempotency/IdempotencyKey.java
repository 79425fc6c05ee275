package com.cpay.platform.app.idempotency;

import com.cpay.platform.domain.shared.Checks;

/**
 * The caller's {@code Idempotency-Key}: 1 to 255 characters, no control characters.
 *
 * @param value the key as sent
 */
public record IdempotencyKey(String value) {

    /** Error field name. */
    public static final String FIELD = "idempotencyKey";
    /** Longest key. */
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        Checks.text(FIELD, value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
