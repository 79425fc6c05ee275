package com.cpay.platform.sandbox.junit;

import java.time.Instant;
import java.util.Map;

/**
 * A webhook (section 15 notification) that reached the kit's receiver.
 *
 * @param fields         the notification's fields read from the JSON or form body, values as text
 * @param signatureValid whether {@code sign} is right for these fields under the sandbox merchant's key (false for the
 *                       forged copy of a {@link Fault#badlySignedWebhook(String)} fault)
 */
public record ReceivedWebhook(Instant at, String contentType, String body, Map<String, String> fields,
                              boolean signatureValid) {

    /** A field of the notification, or null. */
    public String field(String name) {
        return fields.get(name);
    }

    public String merchantTradeNo() {
        return fields.get("merchantTradeNo");
    }

    public String orderId() {
        return fields.get("orderId");
    }

    /** The status as the notification carries it, a code: 0 PENDING, 11 PROCESSING, 14 COMPLETED, 15 CLOSED. */
    public String orderStatus() {
        return fields.get("orderStatus");
    }

    /** The status by name (PENDING, PROCESSING, COMPLETED, CLOSED). */
    public String statusName() {
        return com.cpay.platform.sandbox.state.OrderStatus.parse(orderStatus()).name();
    }
}
