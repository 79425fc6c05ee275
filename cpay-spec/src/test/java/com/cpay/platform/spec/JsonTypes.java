package com.cpay.platform.spec;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON-schema type check shared by the example validators of both specs. */
public final class JsonTypes {

    private JsonTypes() {
    }

    /** Whether a JSON value has the OpenAPI {@code type}; an unknown type never matches. */
    public static boolean hasType(String type, JsonNode value) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> false;
        };
    }
}
