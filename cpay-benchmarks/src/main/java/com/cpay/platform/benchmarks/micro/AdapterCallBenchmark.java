package com.cpay.platform.benchmarks.micro;

import com.cpay.platform.adapter.http.signing.CpaySigner;
import com.cpay.platform.adapter.http.signing.SecretKey;
import com.cpay.platform.domain.account.Balance;
import com.cpay.platform.domain.account.CpayAccountGateway;
import io.micronaut.context.ApplicationContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One C-Pay call, getMerchantBalance, through the adapter's port (sign, generated Micronaut client, Netty, JSON,
 * envelope, mappers, the answer's log line) against a raw JDK {@link HttpClient} GET of the same loopback URL with
 * the same query, both answered by the same {@link CannedCpayServer} with section 6's example. The difference is
 * what the adapter costs per call on top of the HTTP exchange itself. The adapter's path (Micronaut's client,
 * Netty, reactor, validation) is long: on a busy 2-core machine it needs about 20 s before the JIT is done with
 * it, hence the long warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dsun.net.httpserver.nodelay=true",
        "-Dlogback.configurationFile=bench-logback.xml"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class AdapterCallBenchmark {

    private static final String MERCHANT_ID = "20003092";

    private CannedCpayServer server;
    private ApplicationContext context;
    private CpayAccountGateway adapter;
    private HttpClient raw;
    private HttpRequest rawGet;

    @Setup
    public void setUp() throws IOException, InterruptedException {
        server = CannedCpayServer.answering(CannedCpayServer.BALANCES);
        context = ApplicationContext.run(Map.of("cpay.base-url", server.baseUrl(),
                "cpay.merchant-id", MERCHANT_ID, "cpay.secret-key", SigningBenchmark.KEY));
        adapter = context.getBean(CpayAccountGateway.class);
        String sign = new CpaySigner(SecretKey.of(SigningBenchmark.KEY)).sign(Map.of("merchantId", MERCHANT_ID));
        raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        rawGet = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/openapi/v1/getMerchantBalance?merchantId="
                + MERCHANT_ID + "&sign=" + sign)).GET().build();
        if (adapter.balances().size() != 7 || rawCall().length != CannedCpayServer.BALANCES.length()) {
            throw new IllegalStateException("the canned answer was not read as seven balances");
        }
    }

    @TearDown
    public void tearDown() {
        context.close();
        server.close();
    }

    /** Through the adapter's port, as the application calls it. */
    @Benchmark
    public List<Balance> adapter() {
        return adapter.balances();
    }

    /** Baseline: the same GET with the JDK client, body read as bytes. */
    @Benchmark
    public byte[] rawHttpClient() throws IOException, InterruptedException {
        return rawCall();
    }

    private byte[] rawCall() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = raw.send(rawGet, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return response.body();
    }
}
