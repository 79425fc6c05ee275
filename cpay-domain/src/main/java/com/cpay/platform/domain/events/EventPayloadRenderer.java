package com.cpay.platform.domain.events;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Writes an event's envelope as the JSON the outbox keeps in {@code payload}: rendered once, when the change is
 * committed, so that the events API, a relay and a Debezium connector all hand out the same bytes. The app renders
 * the order as its internal API shows it.
 */
@SecondaryPort
public interface EventPayloadRenderer {

    /** The envelope as one JSON object: id, type, created, merchantTradeNo, sequence and data. */
    String render(EventEnvelope envelope);
}
