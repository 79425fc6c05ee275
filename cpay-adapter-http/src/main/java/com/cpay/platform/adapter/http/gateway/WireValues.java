package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.domain.shared.ValidationException;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/** Domain values as the generated request models take them. */
final class WireValues {

    private WireValues() {
    }

    /**
     * The generated enum constant for a signed value; null stays null.
     *
     * @throws ValidationException when the operation does not accept the value (nothing is sent)
     */
    static <E> E oneOf(String field, String value, Function<String, E> fromValue, String accepted) {
        if (value == null) {
            return null;
        }
        try {
            return fromValue.apply(value);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "unsupported-by-cpay", field + " must be one of " + accepted);
        }
    }

    /** An optional value's text, or null (not sent). */
    static String text(Optional<?> value) {
        return value.map(Object::toString).orElse(null);
    }

    /** {@code createTime}: epoch milliseconds as text (SPEC-DECISIONS row 22). */
    static String time(Instant time) {
        return Long.toString(time.toEpochMilli());
    }
}
