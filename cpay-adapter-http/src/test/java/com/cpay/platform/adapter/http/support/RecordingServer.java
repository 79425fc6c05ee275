package com.cpay.platform.adapter.http.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A plain JDK HTTP server on loopback that records every request byte for byte and answers with
 * whatever the test decides. It knows nothing of Micronaut, so it sees exactly what went on the wire.
 */
public final class RecordingServer implements AutoCloseable {

    /** One request as received: method, path, raw query, content type and raw body bytes. */
    public record Received(String method, String path, String rawQuery, String contentType, byte[] body) {

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** Form or query parameters decoded the way a server decodes them. */
        public Map<String, String> decodedParameters() {
            String text = "GET".equals(method) ? rawQuery : bodyText();
            Map<String, String> params = new LinkedHashMap<>();
            if (text == null || text.isEmpty()) {
                return params;
            }
            for (String pair : text.split("&")) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            return params;
        }
    }

    /** What to answer: status, content type and body. */
    public record Reply(int status, String contentType, String body) {

        public static Reply json(String body) {
            return new Reply(200, "application/json", body);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Reply> responder = r -> Reply.json("{\"code\":0,\"msg\":\"success\"}");

    public RecordingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void answerWith(Function<Received, Reply> responder) {
        this.responder = responder;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestBody().readAllBytes());
        received.add(request);
        Reply reply = responder.apply(request);
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
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
