package com.cpay.platform.domain.order;

import org.jmolecules.ddd.annotation.ValueObject;
import java.time.Instant;
import java.util.Objects;

/**
 * Why and when an order was flagged for review.
 *
 * @param reason the rule that flagged it
 * @param detail a human explanation (statuses, field names, amounts; never secrets or card data)
 * @param at     when the flagging report was observed
 */
@ValueObject
public record ReviewNote(ReviewReason reason, String detail, Instant at) {

    public ReviewNote {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(at, "at");
    }
}
