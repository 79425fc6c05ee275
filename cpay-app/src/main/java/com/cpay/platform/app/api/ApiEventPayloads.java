package com.cpay.platform.app.api;

import com.cpay.platform.app.generated.model.Event;
import com.cpay.platform.app.generated.model.EventType;
import com.cpay.platform.app.generated.model.UnmatchedNotification;
import com.cpay.platform.domain.events.EventEnvelope;
import com.cpay.platform.domain.events.EventPayloadRenderer;
import com.cpay.platform.domain.notification.StoredNotification;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders each event as the internal API's {@code Event}: {@code data} is the order exactly as
 * {@code GET /api/v1/orders/{merchantTradeNo}} shows it ({@link Views#order}), with only the history entries the
 * change recorded. Rendered once, in the transaction of the change; the events API, the Kafka relay and a Debezium
 * connector all hand out these bytes.
 */
@Singleton
final class ApiEventPayloads implements EventPayloadRenderer {

    private final JsonMapper json;

    ApiEventPayloads(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String render(EventEnvelope envelope) {
        Event event = new Event(envelope.id().value(), EventType.fromValue(envelope.type().wireName()),
                Views.utc(envelope.created()), envelope.sequence());
        envelope.merchantTradeNo().map(MerchantTradeNo::value).ifPresent(event::setMerchantTradeNo);
        envelope.order().map(Views::order).ifPresent(event::setData);
        envelope.notification().map(ApiEventPayloads::notification).ifPresent(event::setNotification);
        try {
            return json.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException("event " + envelope.id() + " could not be rendered", e);
        }
    }

    private static UnmatchedNotification notification(StoredNotification n) {
        UnmatchedNotification view = new UnmatchedNotification(n.dedupeKey(), Views.utc(n.receivedAt()));
        n.reason().ifPresent(view::setReason);
        n.keys().merchantTradeNo().ifPresent(t -> view.setMerchantTradeNo(t.value()));
        n.keys().orderId().ifPresent(id -> view.setCpayOrderId(id.value()));
        n.keys().hash().ifPresent(h -> view.setHash(h.value()));
        return view;
    }
}
