package com.cpay.platform.adapter.http.support;

import com.cpay.platform.adapter.http.signing.SignatureVerifier;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A plain JDK HTTP server on loopback that records every request byte for byte and answers with
 * whatever the test decides. It knows nothing of Micronaut, so it sees exactly what went on the wire.
 * With {@link #verifyingWith} it also checks each request's {@code sign} over the parameters it received,
 * as C-Pay (and our simulator) do, and refuses a bad one with {@link #SIGN_ERROR}.
 */
public final class RecordingServer implements AutoCloseable {

    /** The code answered to a request whose signature does not verify. */
    public static final long SIGN_ERROR = 10001;

    /**
     * One request as received: method, path, raw query, content type, raw body bytes and, when the server
     * verifies signatures, whether the {@code sign} verified over the received parameters.
     */
    public record Received(String method, String path, String rawQuery, String contentType, byte[] body,
                           Boolean signatureValid) {

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The C-Pay operation, e.g. {@code withdraw} for {@code /openapi/v1/withdraw}. */
        public String operation() {
            return path.substring(path.lastIndexOf('/') + 1);
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

    /**
     * What to answer: status, content type and body, after an optional delay; {@code dropConnection} closes the
     * connection without any answer (after the delay).
     */
    public record Reply(int status, String contentType, String body, Duration delay, boolean dropConnection) {

        public Reply(int status, String contentType, String body) {
            this(status, contentType, body, Duration.ZERO, false);
        }

        public static Reply json(String body) {
            return new Reply(200, "application/json", body);
        }

        /** The request is read (and recorded), then the connection is closed without a byte of answer. */
        public static Reply drop() {
            return new Reply(200, "", "", Duration.ZERO, true);
        }

        public Reply after(Duration wait) {
            return new Reply(status, contentType, body, wait, dropConnection);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Reply> responder = r -> Reply.json("{\"code\":0,\"msg\":\"success\"}");
    private volatile SignatureVerifier verifier;

    public RecordingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void answerWith(Function<Received, Reply> responder) {
        this.responder = responder;
    }

    /** Checks every request's signature from now on; a bad one is answered {@code code} {@link #SIGN_ERROR}. */
    public RecordingServer verifyingWith(SignatureVerifier verifier) {
        this.verifier = verifier;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests of one operation, e.g. {@code getOrderDetail}. */
    public List<Received> received(String operation) {
        return received.stream().filter(r -> r.operation().equals(operation)).toList();
    }

    public void reset() {
        received.clear();
        responder = r -> Reply.json("{\"code\":0,\"msg\":\"success\"}");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Content-Type"),
                    body, null);
            SignatureVerifier check = verifier;
            if (check != null) {
                request = new Received(request.method(), request.path(), request.rawQuery(), request.contentType(),
                        body, check.verify(request.decodedParameters()).valid());
            }
            received.add(request);
            Reply reply = Boolean.FALSE.equals(request.signatureValid())
                    ? Reply.json("{\"code\":" + SIGN_ERROR + ",\"msg\":\"sign error\"}")
                    : responder.apply(request);
            if (!reply.delay().isZero()) {
                Thread.sleep(reply.delay().toMillis());
            }
            if (reply.dropConnection()) {
                return; // closing an exchange that sent no headers closes the connection
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
