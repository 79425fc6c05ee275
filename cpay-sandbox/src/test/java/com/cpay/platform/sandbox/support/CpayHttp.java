package com.cpay.platform.sandbox.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A client that follows only the C-Pay document: GET with query parameters, POST with a form body, every
 * request signed with {@link DocumentSigner}; the answer is read as plain JSON.
 */
public final class CpayHttp {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final URI base;
    private final String merchantId;
    private final String secret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public CpayHttp(URI base, String merchantId, String secret) {
        this.base = base;
        this.merchantId = merchantId;
        this.secret = secret;
    }

    /** The answer: HTTP status, raw body, and the body as JSON when it is JSON. */
    public record Answer(int status, String body, Map<String, Object> json) {

        public long code() {
            return ((Number) json.get("code")).longValue();
        }

        public String msg() {
            return (String) json.get("msg");
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> data() {
            return (Map<String, Object>) json.get("data");
        }

        @SuppressWarnings("unchecked")
        public java.util.List<Map<String, Object>> dataList() {
            return (java.util.List<Map<String, Object>>) json.get("data");
        }
    }

    /** Parameters with merchantId added, signed correctly. */
    public Map<String, String> signed(Map<String, String> parameters) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("merchantId", merchantId);
        all.putAll(parameters);
        all.put("sign", DocumentSigner.sign(all, secret));
        return all;
    }

    public Answer get(String operation, Map<String, String> parameters) {
        return getRaw(operation, signed(parameters));
    }

    public Answer post(String operation, Map<String, String> parameters) {
        return postRaw(operation, signed(parameters));
    }

    public Answer getRaw(String operation, Map<String, String> parameters) {
        URI uri = URI.create(base + "/openapi/v1/" + operation + "?" + form(parameters));
        return send(HttpRequest.newBuilder(uri).GET());
    }

    public Answer postRaw(String operation, Map<String, String> parameters) {
        return postBody(operation, "application/x-www-form-urlencoded", form(parameters));
    }

    public Answer postBody(String operation, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + "/openapi/v1/" + operation))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            Map<String, Object> json = null;
            try {
                json = JSON.readValue(response.body(), Argument.mapOf(String.class, Object.class));
            } catch (IOException | RuntimeException e) {
                // not JSON: the test looks at the raw body
            }
            return new Answer(response.statusCode(), response.body(), json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
