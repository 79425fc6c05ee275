package com.cpay.platform.benchmarks.micro;

import com.cpay.platform.adapter.http.signing.CpaySigner;
import com.cpay.platform.adapter.http.signing.SecretKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Signing a 12-field request (section 16 of the C-Pay document: HMAC-SHA256 over the sorted {@code name=value}
 * pairs and the key) with the adapter's {@link CpaySigner}, against the floor any signer has to pay: one reused
 * {@code Mac}, already keyed, over the bytes of the very same string to sign, built once outside the loop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.NANOSECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class SigningBenchmark {

    /** The example key of the document's PHP demo; not a real merchant's. */
    static final String KEY = "z6h3cuw9grtbun9sgg5u1j35u72hycq0";

    private CpaySigner signer;
    private Map<String, String> request;
    private Mac reusedMac;
    private byte[] stringToSign;

    /** The fields of a createOrderByCreditCard request, in the order a request model lists them. */
    static Map<String, String> twelveFieldRequest() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("merchantId", "20000387");
        fields.put("merchantTradeNo", "1018163312113640372232");
        fields.put("createTime", "1658387195000");
        fields.put("userId", "10181633");
        fields.put("amount", "125.50");
        fields.put("fiatCurrency", "USD");
        fields.put("cryptoCurrency", "USDT");
        fields.put("purchaseType", "1");
        fields.put("callBackURL", "https://merchant.example.com/cpay/webhooks");
        fields.put("successURL", "https://merchant.example.com/orders/1018163312113640372232/paid");
        fields.put("failURL", "https://merchant.example.com/orders/1018163312113640372232/failed");
        fields.put("extInfo", "{\"cart\":\"A-1001\"}");
        return fields;
    }

    @Setup
    public void setUp() throws GeneralSecurityException {
        signer = new CpaySigner(SecretKey.of(KEY));
        request = twelveFieldRequest();
        StringBuilder text = new StringBuilder();
        new TreeMap<>(request).forEach((name, value) -> text.append(name).append('=').append(value).append('&'));
        stringToSign = text.append("key=").append(KEY).toString().getBytes(StandardCharsets.UTF_8);
        reusedMac = Mac.getInstance("HmacSHA256");
        reusedMac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        // both sides must compute the same thing, or the ratio means nothing
        String expected = HexFormat.of().formatHex(reusedMac.doFinal(stringToSign));
        if (request.size() != 12 || !expected.equals(signer.sign(request))) {
            throw new IllegalStateException("the signer and the raw Mac disagree on the 12-field request");
        }
    }

    /** The adapter's signer: string to sign built from the map, HMAC, hex. */
    @Benchmark
    public String signer() {
        return signer.sign(request);
    }

    /** Baseline: a keyed {@code Mac} reused across calls, over prepared bytes. */
    @Benchmark
    public byte[] reusedRawMac() {
        return reusedMac.doFinal(stringToSign);
    }
}
