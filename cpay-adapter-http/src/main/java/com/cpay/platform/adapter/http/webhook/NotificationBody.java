package com.cpay.platform.adapter.http.webhook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a notification body into its fields as text, exactly as sent: JSON numbers keep their written digits
 * ({@code 1663155010000}, {@code 10.50}), form values are decoded once. A JSON {@code null} is an absent value.
 * Nested JSON values and repeated field names are refused: what C-Pay signed for them is not defined.
 */
final class NotificationBody {

    private static final JsonFactory JSON = new JsonFactory();

    private NotificationBody() {
    }

    /** Thrown with a reason and a detail that holds no value. */
    static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;
        private final WebhookVerdict.Reason reason;

        Unreadable(WebhookVerdict.Reason reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
        }

        WebhookVerdict.Reason reason() {
            return reason;
        }
    }

    static Map<String, String> json(byte[] body) throws Unreadable {
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw malformed("the JSON body is not an object");
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    throw malformed("field " + name + " holds a nested JSON value");
                }
                put(fields, name, value == JsonToken.VALUE_NULL ? null : parser.getText());
            }
            if (parser.nextToken() != null) {
                throw malformed("the JSON body has content after its object");
            }
        } catch (IOException e) {
            throw malformed("the body is not valid JSON");
        }
        return fields;
    }

    static Map<String, String> form(byte[] body, Charset charset) throws Unreadable {
        Map<String, String> fields = new LinkedHashMap<>();
        String text = new String(body, charset == null ? StandardCharsets.UTF_8 : charset);
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
                put(fields, name, value);
            } catch (IllegalArgumentException e) {
                throw malformed("the form body has an invalid %-escape");
            }
        }
        return fields;
    }

    private static void put(Map<String, String> fields, String name, String value) throws Unreadable {
        if (fields.containsKey(name)) {
            throw new Unreadable(WebhookVerdict.Reason.DUPLICATE_FIELD, "field " + name + " appears more than once");
        }
        fields.put(name, value);
    }

    private static Unreadable malformed(String detail) {
        return new Unreadable(WebhookVerdict.Reason.MALFORMED_BODY, detail);
    }
}
