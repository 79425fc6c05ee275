package com.cpay.platform.benchmarks.load;

import com.cpay.platform.sandbox.signing.EmptyRule;
import com.cpay.platform.sandbox.signing.SectionSixteen;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A zero-latency C-Pay on loopback: every createOrder is answered at once with the document's answer (s.13) for the
 * merchantTradeNo, amount and coin it was asked for, so that what the load driver measures is the app, not a
 * simulator. The request's {@code sign} is checked (section 16), so the app under test must sign correctly; the
 * createOrder answer itself carries no {@code sign} in the document, and none is invented here. C-Pay's order id
 * is {@link #orderIdFor(String)}, so webhooks can name it without asking. The driver's JVM must run with
 * {@code -Dsun.net.httpserver.nodelay=true} (bench/load.sh does): without TCP_NODELAY the JDK server's two writes
 * of an answer meet the app's delayed ACK, and a creation waited about 50 ms for the stub in some runs and not in
 * others (creation at 1 concurrent: p50 52 ms against 8 ms).
 */
final class CpayStub implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;
    private final SectionSixteen signature;
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong badlySigned = new AtomicLong();

    private CpayStub(HttpServer server, ExecutorService threads, SectionSixteen signature) {
        this.server = server;
        this.threads = threads;
        this.signature = signature;
    }

    static CpayStub start(String secretKey) throws IOException {
        if (!Boolean.getBoolean("sun.net.httpserver.nodelay")) {
            throw new IllegalStateException("run with -Dsun.net.httpserver.nodelay=true (see the class comment)");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        // a pool as wide as the widest load level, so the stub never queues the app's calls
        ExecutorService threads = Executors.newFixedThreadPool(32);
        CpayStub stub = new CpayStub(server, threads, new SectionSixteen(secretKey));
        server.createContext("/openapi/v1/", stub::answer);
        server.createContext("/", exchange -> stub.reply(exchange, 200, "{}"));
        server.setExecutor(threads);
        server.start();
        return stub;
    }

    /** The base URL to give the app as {@code cpay.base-url}. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    static String orderIdFor(String merchantTradeNo) {
        return "cp-" + merchantTradeNo;
    }

    long answered() {
        return answered.get();
    }

    long badlySigned() {
        return badlySigned.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (signature.verify(form, EmptyRule.DOCUMENT) != SectionSixteen.Verdict.VALID) {
            badlySigned.incrementAndGet();
            reply(exchange, 200, "{\"code\":1,\"msg\":\"sign error\",\"traceid\":\"stub\"}");
            return;
        }
        String operation = exchange.getRequestURI().getPath().substring("/openapi/v1/".length());
        if (!"createOrder".equals(operation)) {
            reply(exchange, 200, "{\"code\":1,\"msg\":\"fail\",\"traceid\":\"stub\"}");
            return;
        }
        String tradeNo = form.getOrDefault("merchantTradeNo", "");
        String orderId = orderIdFor(tradeNo);
        String body = "{\"code\":0,\"msg\":\"success\",\"traceid\":\"stub-" + answered.incrementAndGet() + "\",\"data\":{"
                + "\"orderId\":\"" + orderId + "\",\"merchantId\":\"" + form.getOrDefault("merchantId", "") + "\","
                + "\"cryptoCurrency\":\"" + form.getOrDefault("cryptoCurrency", "") + "\","
                + "\"orderAmount\":\"" + form.getOrDefault("amount", "") + "\",\"receivedAmount\":\""
                + form.getOrDefault("amount", "") + "\",\"merchantTradeNo\":\"" + tradeNo + "\","
                + "\"cashierURL\":\"https://cashier.cpay.ltd/payment?orderId=" + orderId + "\","
                + "\"status\":\"0\",\"createTime\":\"" + form.getOrDefault("createTime", "") + "\"}}";
        reply(exchange, 200, body);
    }

    private void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
