package com.cpay.platform.chaos.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Stands between the simulator's webhooks and the app instances: records every delivery exactly as C-Pay sent it
 * (body, content type), and forwards it to every target at once, answering C-Pay {@code OK} only when every
 * target did (otherwise {@code FAIL}, so C-Pay delivers again). Deliveries that {@code swallow} matches are
 * recorded and acknowledged but reach no instance (a webhook lost on the way); with no targets every delivery is
 * only recorded.
 */
public final class WebhookRelay implements AutoCloseable {

    /** One delivery as received from C-Pay. */
    public record Delivery(String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Api> targets = new CopyOnWriteArrayList<>();
    private final List<Delivery> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicLong> targetAnswers = new ConcurrentHashMap<>();
    private final AtomicLong forwarded = new AtomicLong();
    private final AtomicLong swallowed = new AtomicLong();
    private volatile Predicate<String> swallow = body -> false;

    private WebhookRelay(HttpServer server) {
        this.server = server;
    }

    public static WebhookRelay start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            WebhookRelay relay = new WebhookRelay(server);
            server.createContext("/cpay/webhooks", relay::handle);
            server.setExecutor(Executors.newFixedThreadPool(8));
            server.start();
            return relay;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/cpay/webhooks");
    }

    public void forwardTo(Api... apis) {
        targets.addAll(List.of(apis));
    }

    /** Deliveries whose body matches are acknowledged to C-Pay but reach no instance. */
    public void swallow(Predicate<String> body) {
        this.swallow = body;
    }

    public List<Delivery> received() {
        return new ArrayList<>(received);
    }

    public long forwarded() {
        return forwarded.get();
    }

    public long swallowed() {
        return swallowed.get();
    }

    /** How the instances answered forwarded deliveries: {@code <status> <body>} to count. */
    public Map<String, Long> targetAnswers() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        targetAnswers.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        received.add(new Delivery(contentType, body));
        boolean ok = true;
        if (swallow.test(body)) {
            swallowed.incrementAndGet();
        } else if (!targets.isEmpty()) {
            forwarded.incrementAndGet();
            List<CompletableFuture<Boolean>> answers = targets.stream()
                    .map(api -> CompletableFuture.supplyAsync(() -> deliver(api, contentType, body))).toList();
            for (CompletableFuture<Boolean> answer : answers) {
                ok &= answer.join();
            }
        }
        byte[] reply = (ok ? "OK" : "FAIL").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(ok ? 200 : 503, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    private boolean deliver(Api api, String contentType, String body) {
        try {
            Answer answer = api.webhook(contentType, body);
            String reply = answer.body().strip();
            targetAnswers.computeIfAbsent(answer.status() + " " + reply, k -> new AtomicLong()).incrementAndGet();
            return answer.status() == 200 && reply.equalsIgnoreCase("OK");
        } catch (Api.NoAnswer e) {
            targetAnswers.computeIfAbsent("no answer", k -> new AtomicLong()).incrementAndGet();
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
