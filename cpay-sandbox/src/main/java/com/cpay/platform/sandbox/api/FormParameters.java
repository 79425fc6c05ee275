package com.cpay.platform.sandbox.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every parameter a request carries, known to the spec or not: the query string, plus the body when it is a
 * form. The signature is checked over all of them (docs/decisions.md, decision 23). A repeated name keeps its first value.
 */
final class FormParameters {

    private FormParameters() {
    }

    static Map<String, String> of(HttpRequest<?> request, String body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        decode(request.getUri().getRawQuery(), parameters);
        if (isForm(request)) {
            decode(body, parameters);
        }
        return parameters;
    }

    static boolean isForm(HttpRequest<?> request) {
        return request.getContentType().map(type -> type.getName().equalsIgnoreCase(MediaType.APPLICATION_FORM_URLENCODED))
                .orElse(false);
    }

    private static void decode(String text, Map<String, String> into) {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            into.putIfAbsent(name, value);
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
