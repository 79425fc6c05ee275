package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.order.OrderDetails;
import com.cpay.platform.domain.order.OrderKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code orders.details} as text: {@link StoredDetails} documents through Jackson. Unknown fields are refused, so
 * a document this code cannot fully read fails loudly instead of losing a value; floats are read as BigDecimal
 * in case a hand-written document carries a number.
 */
final class DetailsJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private DetailsJson() {
    }

    static String write(OrderDetails details) {
        try {
            return JSON.writeValueAsString(StoredDetails.of(details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("details of kind " + details.kind() + " cannot be written as JSON", e);
        }
    }

    static OrderDetails read(OrderKind kind, String json, StoredDetails.Columns columns) {
        try {
            return JSON.readValue(json, StoredDetails.type(kind)).details(columns);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored details of a " + kind + " order cannot be read", e);
        }
    }
}
