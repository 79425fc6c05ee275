package com.cpay.platform.domain.order;

import org.jmolecules.ddd.annotation.ValueObject;
import java.util.Optional;

/**
 * A status exactly as C-Pay sent it. Documented codes resolve to an {@link OrderStatus}; anything else
 * ("99", "", "abc") is kept raw so it can be recorded and surfaced, never rejected (docs/decisions.md, decision 18).
 *
 * @param raw the wire text as received; {@code null} is kept as the empty text
 */
@ValueObject
public record StatusCode(String raw) {

    public StatusCode {
        raw = raw == null ? "" : raw;
    }

    /** The code as received (null becomes empty); never throws. */
    public static StatusCode of(String raw) {
        return new StatusCode(raw);
    }

    /** The code C-Pay uses for a known status. */
    public static StatusCode of(OrderStatus status) {
        return new StatusCode(status.wireCode());
    }

    /**
     * The documented status this code stands for. Surrounding blanks are tolerated because lenient
     * readers of numbers-or-strings (docs/decisions.md, decision 8) may leave them; any other variation ("014", "14.0") is unknown,
     * as C-Pay never sends it that way and guessing would hide a protocol change.
     */
    public Optional<OrderStatus> status() {
        String text = raw.strip();
        for (OrderStatus status : OrderStatus.values()) {
            if (status.wireCode().equals(text)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** Whether the code is one C-Pay documents. */
    public boolean isKnown() {
        return status().isPresent();
    }

    @Override
    public String toString() {
        return status().map(s -> s.name() + "(" + raw + ")").orElse("UNKNOWN(" + raw + ")");
    }
}
