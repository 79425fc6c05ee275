package com.cpay.platform.adapter.http.webhook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a notification body into its fields as text, exactly as sent: JSON numbers keep their written digits
 * ({@code 1663155010000}, {@code 10.50}), form values are decoded once. A JSON {@code null} is an absent value.
 * Repeated field names are refused. A nested JSON value is kept as its JSON text exactly as written and named in
 * {@link Read#nested()}: what C-Pay signs for it is not defined, so the notification is only ever taken as verified
 * when the signature matches over that text, and even then it is not read as a notification.
 */
final class NotificationBody {

    /**
     * The fields of a body.
     *
     * @param fields the fields by name, as text
     * @param nested the names of the fields that held a nested JSON value (an object or an array), in body order
     */
    record Read(Map<String, String> fields, List<String> nested) {

        Read {
            nested = List.copyOf(nested);
        }
    }

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

    static Read json(byte[] body) throws Unreadable {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> nested = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw malformed("the JSON body is not an object");
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    put(fields, name, rawValue(parser, body));
                    nested.add(name);
                    continue;
                }
                put(fields, name, value == JsonToken.VALUE_NULL ? null : parser.getText());
            }
            if (parser.nextToken() != null) {
                throw malformed("the JSON body has content after its object");
            }
        } catch (IOException e) {
            throw malformed("the body is not valid JSON");
        }
        return new Read(fields, nested);
    }

    // The nested value the parser stands at, as the UTF-8 text it was written as (the parser reads the bytes given).
    private static String rawValue(JsonParser parser, byte[] body) throws IOException {
        long start = parser.currentTokenLocation().getByteOffset();
        parser.skipChildren();
        long end = parser.currentLocation().getByteOffset();
        if (start < 0 || end > body.length || end <= start) {
            throw new IOException("no byte offsets for a nested value");
        }
        return new String(body, (int) start, (int) (end - start), StandardCharsets.UTF_8);
    }

    static Read form(byte[] body, Charset charset) throws Unreadable {
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
        return new Read(fields, List.of());
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
