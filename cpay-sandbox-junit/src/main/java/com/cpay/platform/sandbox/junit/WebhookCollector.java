package com.cpay.platform.sandbox.junit;

import com.cpay.platform.sandbox.signing.EmptyRule;
import com.cpay.platform.sandbox.signing.SectionSixteen;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The merchant's webhook endpoint the kit provides: a JDK HTTP server on a free loopback port that keeps every POST
 * and answers {@code OK}, or the replies a test scripted (to make the simulator retry).
 */
final class WebhookCollector implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final HttpServer server;
    private volatile SectionSixteen signer;
    private volatile EmptyRule rule;
    private final List<ReceivedWebhook> received = new java.util.ArrayList<>();
    private final Deque<String> replies = new ArrayDeque<>();
    // deliveries about orders created before the last clear belong to an earlier test: the simulator may still be
    // sending one when the next test starts
    private volatile long clearedAtMillis = Long.MIN_VALUE;

    WebhookCollector() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the webhook receiver on loopback", e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** The merchant key and reading of "empty" that deliveries are checked with (known once the simulator runs). */
    void verifyWith(String secretKey, EmptyRule emptyRule) {
        this.signer = new SectionSixteen(secretKey);
        this.rule = emptyRule;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/cpay/webhooks";
    }

    synchronized List<ReceivedWebhook> received() {
        return List.copyOf(received);
    }

    /** Replies for the next deliveries, in turn (HTTP 200 with this body); then OK again. */
    synchronized void replyWith(String... texts) {
        replies.clear();
        replies.addAll(List.of(texts));
    }

    synchronized void clear() {
        clearedAtMillis = System.currentTimeMillis();
        received.clear();
        replies.clear();
    }

    /** The first delivery, old or new, that matches; waits for it until the timeout. */
    synchronized ReceivedWebhook await(Predicate<ReceivedWebhook> condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (ReceivedWebhook webhook : received) {
                if (condition.test(webhook)) {
                    return webhook;
                }
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no webhook matching the condition reached " + url() + " within " + timeout
                        + "; received: " + received);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a webhook", e);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> fields = fields(contentType, body);
        SectionSixteen checker = signer;
        boolean valid = checker != null && checker.verify(fields, rule) == SectionSixteen.Verdict.VALID;
        String reply;
        synchronized (this) {
            if (fromBeforeClear(fields)) {
                reply = "OK";
            } else {
                received.add(new ReceivedWebhook(Instant.now(), contentType, body, Map.copyOf(fields), valid));
                reply = replies.isEmpty() ? "OK" : replies.removeFirst();
                notifyAll();
            }
        }
        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private boolean fromBeforeClear(Map<String, String> fields) {
        try {
            return Long.parseLong(fields.getOrDefault("createTime", "")) < clearedAtMillis;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    // A body that is neither JSON nor a form gives no fields; the test still sees it whole.
    private static Map<String, String> fields(String contentType, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        try {
            if (type.contains("json")) {
                JSON.readValue(body, Argument.mapOf(String.class, Object.class))
                        .forEach((name, value) -> fields.put(name, value == null ? null : value.toString()));
            } else if (!body.isEmpty()) {
                for (String pair : body.split("&")) {
                    int equals = pair.indexOf('=');
                    String name = equals < 0 ? pair : pair.substring(0, equals);
                    String value = equals < 0 ? "" : pair.substring(equals + 1);
                    fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | RuntimeException e) {
            fields.clear();
        }
        fields.values().removeIf(java.util.Objects::isNull);
        return fields;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
