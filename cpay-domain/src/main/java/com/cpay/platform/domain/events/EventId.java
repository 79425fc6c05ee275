package com.cpay.platform.domain.events;

import com.cpay.platform.domain.shared.Checks;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An event's identity, a random UUID given when the event is written. A consumer that receives an event twice (a
 * relay delivers at least once) sees the same id both times and keeps the first.
 *
 * @param value the UUID
 */
@ValueObject
public record EventId(UUID value) {

    /** The field name used in errors. */
    public static final String FIELD = "id";

    public EventId {
        Checks.required(FIELD, value);
    }

    /** A new, random id. */
    public static EventId random() {
        return new EventId(UUID.randomUUID());
    }

    /** The id in its text form, as the events API and the broker's {@code id} header carry it. */
    @Override
    public String toString() {
        return value.toString();
    }
}
