package com.cpay.platform.chaos.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The app's internal API and webhook intake over plain HTTP, as a client and as C-Pay call them. */
public final class Api {

    /** The development token, accepted in sandbox mode (cpay-app README-app.md). */
    public static final String TOKEN = "cpay-sandbox-dev-token";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final URI base;

    public Api(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    /** POST with the token, an Idempotency-Key and a JSON body. */
    public Answer post(String path, String idempotencyKey, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", "Bearer " + TOKEN).header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/json"));
    }

    /** POST without a body (refresh), with the token and an Idempotency-Key. */
    public Answer post(String path, String idempotencyKey) {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + TOKEN).header("Idempotency-Key", idempotencyKey));
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().header("Authorization", "Bearer " + TOKEN));
    }

    /** A C-Pay notification, as C-Pay posts it (body and content type exactly as the simulator sent them). */
    public Answer webhook(String contentType, String body) {
        return send(HttpRequest.newBuilder(base.resolve("/cpay/webhooks"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType));
    }

    /** Plain GET without the token (health, metrics). */
    public Answer open(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(40)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false));
        } catch (IOException e) {
            throw new NoAnswer(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoAnswer(e);
        }
    }

    /** The request got no HTTP answer: connection refused or cut (the app was killed). */
    public static final class NoAnswer extends RuntimeException {
        NoAnswer(Exception cause) {
            super(cause.toString(), cause);
        }
    }
}
