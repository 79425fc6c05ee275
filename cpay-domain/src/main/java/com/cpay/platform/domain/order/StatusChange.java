package com.cpay.platform.domain.order;

import org.jmolecules.ddd.annotation.ValueObject;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an order's append-only status history: every report, including the ones that changed
 * nothing, so that what C-Pay said and when can always be shown.
 *
 * @param from    the order's status before the report
 * @param to      its status after the report ({@code from} unless the report was applied)
 * @param code    the status exactly as reported
 * @param source  where the report came from
 * @param outcome what the report did
 * @param at      when the report was observed
 */
@ValueObject
public record StatusChange(
        OrderStatus from, OrderStatus to, StatusCode code, EventSource source, OutcomeKind outcome, Instant at) {

    public StatusChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
        if (outcome != OutcomeKind.APPLIED && from != to) {
            throw new IllegalArgumentException("only an applied report changes the status");
        }
    }
}
