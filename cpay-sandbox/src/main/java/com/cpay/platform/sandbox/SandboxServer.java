package com.cpay.platform.sandbox;

import com.cpay.platform.sandbox.config.SandboxConfig;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the simulator inside a JUnit test (of any module) on a free loopback port:
 * <pre>{@code
 * try (SandboxServer sandbox = SandboxServer.start(SandboxServer.FAST)) {
 *     URI cpay = sandbox.url();             // point the C-Pay client here
 *     sandbox.control().moveOrder(id, "COMPLETED");
 * }
 * }</pre>
 * Properties are {@code cpay.sandbox.*} keys (README) or any Micronaut key. Note: the server runs in a fresh
 * Micronaut context, which also starts any other beans found on the test's classpath.
 */
public final class SandboxServer implements AutoCloseable {

    /** Lifecycle steps of 50 ms and webhook retries from 20 ms: for tests. */
    public static final Map<String, Object> FAST = Map.of(
            "cpay.sandbox.lifecycle.pending-delay", "50ms",
            "cpay.sandbox.lifecycle.processing-delay", "50ms",
            "cpay.sandbox.webhooks.initial-backoff", "20ms",
            "cpay.sandbox.webhooks.max-backoff", "200ms",
            "cpay.sandbox.webhooks.out-of-order-hold", "2s");

    /**
     * The key of the signature reading, {@code document} (default) or {@code php} (docs/decisions.md, decision 21):
     * {@code SandboxServer.start(SandboxServer.FAST, Map.of(SandboxServer.SIGNATURE_EMPTY_RULE, "php"))}.
     */
    public static final String SIGNATURE_EMPTY_RULE = "cpay.sandbox.signature-empty-rule";

    private final EmbeddedServer server;
    private final SandboxControl control;
    private final SandboxConfig config;

    private SandboxServer(EmbeddedServer server) {
        this.server = server;
        this.config = server.getApplicationContext().getBean(SandboxConfig.class);
        this.control = new SandboxControl(url(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    public static SandboxServer start() {
        return start(Map.of());
    }

    /** The properties of {@code base} (e.g. {@link #FAST}) with those of {@code overrides} over them. */
    public static SandboxServer start(Map<String, Object> base, Map<String, Object> overrides) {
        Map<String, Object> merged = new HashMap<>(base);
        merged.putAll(overrides);
        return start(merged);
    }

    public static SandboxServer start(Map<String, Object> properties) {
        return new SandboxServer(ApplicationContext.run(EmbeddedServer.class, withDefaults(properties)));
    }

    /**
     * As {@link #start(Map)}, but the simulator reads only these properties: no application.yml/properties of the
     * classpath, no environment variables, no environment deduced. For a host application's tests (the JUnit kit,
     * cpay-sandbox-junit), whose own configuration (a data source, a server port, {@code CPAY_*} variables of the CI)
     * would otherwise reach the simulator's context as well.
     */
    public static SandboxServer startIsolated(Map<String, Object> properties) {
        ApplicationContext context = ApplicationContext.builder()
                .enableDefaultPropertySources(false)
                .environmentPropertySource(false)
                .deduceEnvironment(false)
                .properties(withDefaults(properties))
                .start();
        try {
            return new SandboxServer(context.getBean(EmbeddedServer.class).start());
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    private static Map<String, Object> withDefaults(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>();
        all.put("micronaut.server.port", -1);
        all.put("micronaut.server.host", "127.0.0.1");
        all.put("micronaut.serde.serialization.inclusion", "NON_NULL");
        all.put("cpay.sandbox.enabled", "true");
        all.putAll(properties);
        return all;
    }

    /** The base URL to give a C-Pay client (the operations are under /openapi/v1/). */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getPort());
    }

    public String merchantId() {
        return config.getMerchantId();
    }

    public String secretKey() {
        return config.getSecretKey();
    }

    /** {@code document} or {@code php}: the reading of "empty" in signatures this simulator uses. */
    public String signatureEmptyRule() {
        return com.cpay.platform.sandbox.signing.EmptyRule.parse(config.getSignatureEmptyRule()).key();
    }

    public SandboxControl control() {
        return control;
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
