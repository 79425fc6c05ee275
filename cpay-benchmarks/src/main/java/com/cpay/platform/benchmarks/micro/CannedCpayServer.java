package com.cpay.platform.benchmarks.micro;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A zero-latency C-Pay on loopback: answers every request with the same canned bytes, so that the adapter and
 * the raw client it is compared with read exactly the same answer from the same server. The JVM must run with
 * {@code -Dsun.net.httpserver.nodelay=true}: without TCP_NODELAY the server's two writes meet delayed ACKs and
 * every call takes about 40 ms, whoever the client is.
 */
final class CannedCpayServer implements AutoCloseable {

    /** The answer of section 6's example: seven balances, as C-Pay writes them (amounts as text). */
    static final String BALANCES = "{\"code\":0,\"msg\":\"success\",\"data\":["
            + "{\"availableBalance\":\"0\",\"freezeBalance\":\"0\",\"cryptoCurrency\":\"ETH\"},"
            + "{\"availableBalance\":\"0\",\"freezeBalance\":\"0\",\"cryptoCurrency\":\"TRX\"},"
            + "{\"availableBalance\":\"0\",\"freezeBalance\":\"0\",\"cryptoCurrency\":\"EUR\"},"
            + "{\"availableBalance\":\"0\",\"freezeBalance\":\"12.237\",\"cryptoCurrency\":\"USD\"},"
            + "{\"availableBalance\":\"0\",\"freezeBalance\":\"0\",\"cryptoCurrency\":\"BTC\"},"
            + "{\"availableBalance\":\"11.008\",\"freezeBalance\":\"0\",\"cryptoCurrency\":\"USDT\"},"
            + "{\"availableBalance\":\"0\",\"freezeBalance\":\"0\",\"cryptoCurrency\":\"BNB\"}],"
            + "\"traceid\":\"221117075237X7604753\"}";

    private final HttpServer server;
    private final ExecutorService executor;

    private CannedCpayServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    static CannedCpayServer answering(String body) throws IOException {
        if (!Boolean.getBoolean("sun.net.httpserver.nodelay")) {
            throw new IllegalStateException("run with -Dsun.net.httpserver.nodelay=true (see the class comment)");
        }
        byte[] answer = body.getBytes(StandardCharsets.UTF_8);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.setExecutor(executor);
        server.start();
        return new CannedCpayServer(server, executor);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
