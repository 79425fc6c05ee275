package com.cpay.platform.domain.events;

import com.cpay.platform.domain.shared.ValidationException;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Where a reader of the events list stands: after the event at this position. Its text form is opaque to callers;
 * they pass back what a page gave them.
 *
 * @param position the position of the last event read, 0 for before the first
 */
@ValueObject
public record EventCursor(long position) {

    /** The query parameter that carries a cursor. */
    public static final String FIELD = "after";
    /** Before every event. */
    public static final EventCursor START = new EventCursor(0);

    private static final String PREFIX = "ev_";

    public EventCursor {
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative");
        }
    }

    /** Reads a cursor a page gave out. */
    public static EventCursor parse(String text) {
        if (text == null || !text.startsWith(PREFIX) || text.length() > PREFIX.length() + 19) {
            throw invalid();
        }
        String digits = text.substring(PREFIX.length());
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid();
        }
        try {
            return new EventCursor(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static ValidationException invalid() {
        return ValidationException.of(FIELD, "cursor", FIELD + " must be a cursor a page of events gave out");
    }

    @Override
    public String toString() {
        return PREFIX + position;
    }
}
