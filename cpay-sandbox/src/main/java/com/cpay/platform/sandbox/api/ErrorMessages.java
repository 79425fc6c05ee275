package com.cpay.platform.sandbox.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a framework error response (JSON error body or none) into a one-line message for an envelope. */
final class ErrorMessages {

    private ErrorMessages() {
    }

    static String describe(HttpResponse<?> response, JsonMapper json) {
        String status = "HTTP " + response.code() + " " + response.reason();
        Object body = response.getBody().orElse(null);
        if (body == null) {
            return status;
        }
        try {
            Map<String, Object> error = json.readValue(json.writeValueAsBytes(body), Argument.mapOf(String.class, Object.class));
            List<String> messages = new ArrayList<>();
            collect(error, messages);
            return messages.isEmpty() ? status : String.join("; ", messages);
        } catch (IOException | RuntimeException e) {
            return status;
        }
    }

    /** The most specific messages: those of embedded errors when there are, else the top one. */
    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> error, List<String> into) {
        Object embedded = error.get("_embedded");
        if (embedded instanceof Map<?, ?> map && map.get("errors") instanceof List<?> errors && !errors.isEmpty()) {
            for (Object item : errors) {
                if (item instanceof Map<?, ?> nested) {
                    collect((Map<String, Object>) nested, into);
                }
            }
            return;
        }
        Object message = error.get("message");
        if (message == null) {
            message = error.get("detail");
        }
        if (message != null) {
            into.add(message.toString());
        }
    }
}
