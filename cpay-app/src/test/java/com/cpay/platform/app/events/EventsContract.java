package com.cpay.platform.app.events;

import java.nio.file.Path;

/**
 * The order events' message contract (contracts/README.md, "The events contract"): what a merchant's system that
 * reads our events (through {@code GET /api/v1/events}, the Kafka topic or a Debezium stream of the outbox: the same
 * bytes) relies on, one message per event type.
 */
final class EventsContract {

    static final String CONSUMER = "merchant-event-reader";
    static final String PROVIDER = "cpay-platform-events";
    static final String PACT_FILE = CONSUMER + "-" + PROVIDER + ".json";

    static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    static final Path COMMITTED_PACTS = MODULE.resolveSibling("contracts").resolve("pacts").resolve("events");
    static final Path GENERATED_PACTS = MODULE.resolve("target").resolve("pacts");

    // the states: what has happened at the provider before the message
    static final String DEPOSIT_CREATED = "a crypto deposit was created and C-Pay took it";
    static final String DEPOSIT_COMPLETED = "a crypto deposit completed at C-Pay and was refreshed";
    static final String DEPOSIT_REFUSED = "C-Pay refused a crypto deposit (code 1)";
    static final String PAYOUT_LOST = "C-Pay's answer to a crypto payout was lost";
    static final String PAYOUT_FOUND = "a crypto payout whose answer was lost was found at C-Pay by a refresh";
    static final String UNDOCUMENTED_STATUS = "C-Pay reported a status code the document does not define";
    static final String UNMATCHED = "a verified C-Pay notification named an order we do not know";

    // the messages
    static final String CREATED = "order.created: an order was recorded";
    static final String UPDATED = "order.updated: C-Pay's orderId and cashier page arrived";
    static final String STATUS_CHANGED = "order.status_changed: the order completed";
    static final String REJECTED = "order.rejected: C-Pay refused the order";
    static final String OUTCOME_UNKNOWN = "order.outcome_unknown: the order waits for evidence";
    static final String RESOLVED = "order.resolved: the unknown outcome was settled";
    static final String REVIEW_FLAGGED = "order.review_flagged: the order needs a person";
    static final String NOTIFICATION_UNMATCHED = "notification.unmatched: a notification is kept for reconciliation";

    private EventsContract() {
    }
}
