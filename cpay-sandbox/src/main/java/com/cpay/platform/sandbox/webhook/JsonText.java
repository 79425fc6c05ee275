package com.cpay.platform.sandbox.webhook;

import java.util.Map;

/**
 * Writes a flat object of text fields as JSON, every field included (empty ones too), whatever the JSON
 * settings of an application that embeds the simulator.
 */
final class JsonText {

    private JsonText() {
    }

    static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder(512).append('{');
        fields.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, name).append(':');
            string(json, value == null ? "" : value);
        });
        return json.append('}').toString();
    }

    private static StringBuilder string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
