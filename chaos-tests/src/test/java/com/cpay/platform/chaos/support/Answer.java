package com.cpay.platform.chaos.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** An HTTP answer of the app: status, body and the idempotency replay header. */
public record Answer(int status, String body, boolean replayed) {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    public boolean success() {
        return status >= 200 && status < 300;
    }

    /** The body as a JSON object; empty when it is none. */
    public Map<String, Object> json() {
        try {
            Map<String, Object> map = JSON.readValue(body, Argument.mapOf(String.class, Object.class));
            return map == null ? Map.of() : map;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    public Optional<String> field(String name) {
        Object value = json().get(name);
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    /** The order number the answer names: the created order's, or the one a problem names. */
    public Optional<String> merchantTradeNo() {
        return field("merchantTradeNo");
    }

    /** Whether the body shows a Java exception or stack frame, which no answer may. */
    public boolean showsInternals() {
        return body.contains("Exception") || body.matches("(?s).*\\bat [a-z]+\\.[a-z]+\\..*\\(.*");
    }

    @Override
    public String toString() {
        return status + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }
}
