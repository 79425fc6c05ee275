package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderDetails;
import com.cpay.platform.domain.shared.ValidationException;

import java.time.Instant;
import java.util.Optional;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Domain values as the generated request models take them. */
final class WireValues {

    private WireValues() {
    }

    /**
     * The constant of a generated enum (one of the spec's closed lists) whose wire value this is; null stays null.
     * Generated enums print their wire value.
     *
     * @throws ValidationException when the operation does not accept the value (nothing is sent)
     */
    static <E> E oneOf(String field, String value, Class<E> generatedEnum) {
        if (value == null) {
            return null;
        }
        E[] constants = generatedEnum.getEnumConstants();
        for (E constant : constants) {
            if (constant.toString().equals(value)) {
                return constant;
            }
        }
        throw ValidationException.of(field, "unsupported-by-cpay", field + " must be one of "
                + Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", ")));
    }

    /**
     * The order's details, of the kind the operation sends.
     *
     * @throws IllegalArgumentException when the order is of another kind (nothing is sent)
     */
    static <D extends OrderDetails> D details(Order order, Class<D> kind, String operation) {
        if (!kind.isInstance(order.details())) {
            throw new IllegalArgumentException("a " + order.kind() + " order is not sent with " + operation);
        }
        return kind.cast(order.details());
    }

    /** An optional value's text, or null (not sent). */
    static String text(Optional<?> value) {
        return value.map(Object::toString).orElse(null);
    }

    /** {@code createTime}: epoch milliseconds as text (docs/decisions.md, decision 22). */
    static String time(Instant time) {
        return Long.toString(time.toEpochMilli());
    }
}
