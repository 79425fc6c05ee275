package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.domain.shared.ValidationException;

import java.util.function.Function;

/** Text values that the generated client takes as enums (the spec's closed lists). */
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
}
