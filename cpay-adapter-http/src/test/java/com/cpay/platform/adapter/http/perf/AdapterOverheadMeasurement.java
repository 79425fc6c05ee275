package com.cpay.platform.adapter.http.perf;

import com.cpay.platform.domain.account.CpayAccountGateway;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A rough overhead figure, not a test and not a benchmark: mean time of a getMerchantBalance call through the
 * adapter (sign, generated client, Netty, JSON, envelope, MapStruct) against a raw JDK HttpClient GET of the
 * same URL, both to the same loopback server answering the document's 7-currency example. Run from the module:
 * <pre>java -cp target/test-classes:target/classes:&lt;test classpath&gt; \
 *     com.cpay.platform.adapter.http.perf.AdapterOverheadMeasurement [calls]</pre>
 */
public final class AdapterOverheadMeasurement {

    private static final String BALANCES = "{\"code\":0,\"msg\":\"success\",\"data\":["
            + "{\"availableBalance\":\"0\",\"freezeBalance\":\"0\",\"cryptoCurrency\":\"ETH\"},"
            + "{\"availableBalance\":\"0\",\"freezeBalance\":\"0\",\"cryptoCurrency\":\"TRX\"},"
            + "{\"availableBalance\":\"0\",\"freezeBalance\":\"0\",\"cryptoCurrency\":\"EUR\"},"
            + "{\"availableBalance\":\"0\",\"freezeBalance\":\"12.237\",\"cryptoCurrency\":\"USD\"},"
            + "{\"availableBalance\":\"0\",\"freezeBalance\":\"0\",\"cryptoCurrency\":\"BTC\"},"
            + "{\"availableBalance\":\"11.008\",\"freezeBalance\":\"0\",\"cryptoCurrency\":\"USDT\"},"
            + "{\"availableBalance\":\"0\",\"freezeBalance\":\"0\",\"cryptoCurrency\":\"BNB\"}],"
            + "\"traceid\":\"221117075237X7604753\"}";

    private AdapterOverheadMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        // without TCP_NODELAY the JDK server's two writes meet delayed ACKs: ~40 ms a call for both clients
        System.setProperty("sun.net.httpserver.nodelay", "true");
        byte[] answer = BALANCES.getBytes(StandardCharsets.UTF_8);
        ExecutorService executor = Executors.newFixedThreadPool(2);
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
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try (ApplicationContext context = ApplicationContext.run(Map.of("cpay.base-url", base,
                "cpay.merchant-id", "20003092", "cpay.secret-key", "z6h3cuw9grtbun9sgg5u1j35u72hycq0"))) {
            CpayAccountGateway adapter = context.getBean(CpayAccountGateway.class);
            HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest rawGet = HttpRequest.newBuilder(URI.create(base + "/openapi/v1/getMerchantBalance"
                    + "?merchantId=20003092&sign=" + "a".repeat(64))).GET().build();
            Runnable viaAdapter = () -> {
                if (adapter.balances().size() != 7) {
                    throw new IllegalStateException("unexpected answer");
                }
            };
            Runnable viaRaw = () -> {
                try {
                    if (raw.send(rawGet, HttpResponse.BodyHandlers.ofByteArray()).statusCode() != 200) {
                        throw new IllegalStateException("unexpected status");
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            time(viaAdapter, calls);
            time(viaRaw, calls);
            double adapterMicros = 0;
            double rawMicros = 0;
            int rounds = 3;
            for (int round = 0; round < rounds; round++) {
                rawMicros += time(viaRaw, calls);
                adapterMicros += time(viaAdapter, calls);
            }
            adapterMicros /= rounds;
            rawMicros /= rounds;
            System.out.printf("date=%s nproc=%d loadavg=%.1f java=%s%n", ZonedDateTime.now(),
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    System.getProperty("java.version"));
            System.out.printf("getMerchantBalance via adapter: %.1f us/call (mean of %d x %d calls)%n",
                    adapterMicros, rounds, calls);
            System.out.printf("raw JDK HttpClient GET:         %.1f us/call%n", rawMicros);
            System.out.printf("ratio adapter/raw: %.2f, overhead %.1f us/call%n", adapterMicros / rawMicros,
                    adapterMicros - rawMicros);
        } finally {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private static double time(Runnable call, int calls) {
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        return (System.nanoTime() - start) / 1_000.0 / calls;
    }
}
