package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.order.Metadata;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;

/** An order's metadata as the JSON object text of the {@code metadata} column, and back. */
final class MetadataJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    private MetadataJson() {
    }

    static String write(Metadata metadata) {
        try {
            return JSON.writeValueAsString(metadata.asMap());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("metadata cannot be written as JSON", e);
        }
    }

    /** Read through {@link Metadata#of}: what was stored is checked again, never trusted blindly. */
    static Metadata read(String json) {
        if (json == null || json.isBlank()) {
            return Metadata.empty();
        }
        try {
            return Metadata.of(JSON.readValue(json, MAP));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored metadata cannot be read", e);
        }
    }
}
