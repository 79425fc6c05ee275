package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.events.EventEnvelope;
import com.cpay.platform.domain.events.EventPayloadRenderer;
import com.cpay.platform.domain.notification.StoredNotification;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The envelope for a service that embeds the platform without cpay-app (whose renderer shows the order as its
 * internal API does and replaces this one): the same envelope fields, with the order's core fields and its details
 * as they are stored.
 */
final class StorageEventPayloads implements EventPayloadRenderer {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String render(EventEnvelope envelope) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", envelope.id().toString());
        root.put("type", envelope.type().wireName());
        root.put("created", envelope.created().toString());
        root.put("merchantTradeNo", envelope.merchantTradeNo().map(MerchantTradeNo::value).orElse(null));
        root.put("sequence", envelope.sequence());
        root.set("data", envelope.order().map(StorageEventPayloads::order)
                .orElseGet(() -> notification(envelope.notification().orElseThrow())));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event envelope could not be written", e);
        }
    }

    private static ObjectNode order(OrderSnapshot s) {
        ObjectNode data = JSON.createObjectNode();
        data.put("merchantTradeNo", s.merchantTradeNo().value());
        data.put("cpayOrderId", s.cpayOrderId().map(Object::toString).orElse(null));
        data.put("kind", s.kind().name());
        data.put("userId", s.userId().value());
        data.put("status", s.status().name());
        data.put("needsReview", s.needsReview());
        data.put("outcomeUnknown", s.outcomeUnknown().isPresent());
        data.put("rejected", s.rejection().isPresent());
        data.put("terminal", s.status() == OrderStatus.COMPLETED || s.status() == OrderStatus.CLOSED);
        data.put("createdAt", s.createdAt().toString());
        data.put("updatedAt", s.updatedAt().toString());
        try {
            data.set("details", JSON.readTree(DetailsJson.write(s.details())));
            data.set("metadata", JSON.readTree(MetadataJson.write(s.metadata())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored details could not be read back", e);
        }
        return data;
    }

    private static ObjectNode notification(StoredNotification n) {
        ObjectNode data = JSON.createObjectNode();
        data.put("dedupeKey", n.dedupeKey());
        data.put("state", n.state().name());
        data.put("receivedAt", n.receivedAt().toString());
        data.put("reason", n.reason().orElse(null));
        data.put("merchantTradeNo", n.keys().merchantTradeNo().map(MerchantTradeNo::value).orElse(null));
        data.put("orderId", n.keys().orderId().map(Object::toString).orElse(null));
        data.put("hash", n.keys().hash().map(Object::toString).orElse(null));
        return data;
    }
}
