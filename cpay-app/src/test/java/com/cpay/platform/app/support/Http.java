package com.cpay.platform.app.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** Raw HTTP calls, for requests the generated client would never send (bad bodies, missing headers). */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    public Http(URI base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), headers);
    }

    /** A POST with the development token, a fresh Idempotency-Key and a JSON body, plus extra headers. */
    public HttpResponse<String> postJson(String path, String json, String... headers) {
        String[] all = new String[headers.length + 6];
        all[0] = "Authorization";
        all[1] = "Bearer " + TestApp.TOKEN;
        all[2] = "Idempotency-Key";
        all[3] = UUID.randomUUID().toString();
        all[4] = "Content-Type";
        all[5] = "application/json";
        System.arraycopy(headers, 0, all, 6, headers.length);
        return post(path, json, all);
    }

    public HttpResponse<String> post(String path, String body, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body)),
                headers);
    }

    public HttpResponse<String> send(HttpRequest.Builder builder, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(builder.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String bearer() {
        return "Bearer " + TestApp.TOKEN;
    }
}
