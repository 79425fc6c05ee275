package com.cpay.platform.sandbox.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A merchant's webhook endpoint on loopback (JDK HttpServer): records each POST and answers scripted replies. */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(String contentType, String body) {
    }

    /** A scripted reply: HTTP status and body. */
    public record Reply(int status, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Reply> replies = new ArrayDeque<>();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/cpay/webhooks";
    }

    /** Replies (HTTP 200 with these bodies) to give in turn; once used up, the receiver answers OK. */
    public synchronized void replyWith(String... texts) {
        replies.clear();
        for (String text : texts) {
            replies.add(new Reply(200, text));
        }
    }

    /** Replies to give in turn; once used up, the receiver answers OK. */
    public synchronized void replyWithStatus(Reply... scripted) {
        replies.clear();
        replies.addAll(List.of(scripted));
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void clear() {
        received.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        received.add(new Received(exchange.getRequestHeaders().getFirst("Content-Type"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        Reply reply;
        synchronized (this) {
            reply = replies.isEmpty() ? new Reply(200, "OK") : replies.removeFirst();
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
