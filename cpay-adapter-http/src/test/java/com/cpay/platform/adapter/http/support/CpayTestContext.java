package com.cpay.platform.adapter.http.support;

import com.cpay.platform.adapter.http.signing.CpaySigner;
import com.cpay.platform.adapter.http.signing.SecretKey;
import com.cpay.platform.adapter.http.signing.SignatureVerifier;
import io.micronaut.context.ApplicationContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An application context wired to a {@link RecordingServer} the way an application configures the adapter. */
public final class CpayTestContext {

    public static final String MERCHANT_ID = "20000092";
    public static final String SECRET = "test-secret-&=+ ação";
    public static final CpaySigner SIGNER = new CpaySigner(SecretKey.of(SECRET));
    public static final SignatureVerifier VERIFIER = new SignatureVerifier(List.of(SecretKey.of(SECRET)));

    private CpayTestContext() {
    }

    /** Only {@code cpay.*} keys: the client URL and timeouts come from them. */
    public static ApplicationContext start(RecordingServer server, Map<String, Object> overrides) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("cpay.base-url", server.baseUri().toString());
        properties.put("cpay.merchant-id", MERCHANT_ID);
        properties.put("cpay.secret-key", SECRET);
        properties.put("cpay.http.read-timeout", "3s");
        properties.put("cpay.http.connect-timeout", "1s");
        properties.put("cpay.http.get-retries", "3");
        properties.put("cpay.http.retry-initial-delay", "5ms");
        properties.putAll(overrides);
        return ApplicationContext.run(properties);
    }

    public static ApplicationContext start(RecordingServer server) {
        return start(server, Map.of());
    }
}
