package com.cpay.platform.app.support;

import com.cpay.platform.app.config.ModeDefaults;
import com.cpay.platform.client.internal.InternalApiClients;
import com.cpay.platform.client.internal.invoker.ApiClient;
import com.cpay.platform.sandbox.SandboxControl;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * cpay-app started as in production, in sandbox mode with the simulator embedded, on a free port, with a fresh
 * database (H2 in memory unless properties say otherwise) and fast simulator lifecycle steps. The reconciliation
 * job is off unless a test turns it on.
 */
public final class TestApp implements AutoCloseable {

    public static final String TOKEN = ModeDefaults.DEVELOPMENT_TOKEN;

    private final EmbeddedServer server;

    private TestApp(EmbeddedServer server) {
        this.server = server;
    }

    /** The defaults of every test app; {@code overrides} win. */
    public static Map<String, Object> properties(Map<String, Object> overrides) {
        int port = freePort();
        Map<String, Object> p = new HashMap<>();
        p.put("micronaut.server.port", port);
        p.put("datasources.default.url", "jdbc:h2:mem:app" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        p.put("datasources.default.minimum-idle", 2);
        p.put("cpay.reconciliation.enabled", "false");
        p.put("cpay.sandbox.state-file", "");
        p.put("cpay.sandbox.lifecycle.pending-delay", "100ms");
        p.put("cpay.sandbox.lifecycle.processing-delay", "100ms");
        p.put("cpay.sandbox.webhooks.initial-backoff", "20ms");
        p.put("cpay.sandbox.webhooks.max-backoff", "200ms");
        p.put("cpay.sandbox.webhooks.out-of-order-hold", "1s");
        p.put("cpay.http.read-timeout", "5s");
        p.putAll(overrides);
        return p;
    }

    public static TestApp start() {
        return start(Map.of());
    }

    public static TestApp start(Map<String, Object> overrides) {
        return new TestApp(ApplicationContext.run(EmbeddedServer.class, properties(overrides)));
    }

    /**
     * An app for provider states (Pact provider verification): the simulator's lifecycle paused and its own webhooks
     * lost, so that each state decides what the app hears (a refresh, a signed webhook).
     */
    public static TestApp startForProviderStates() {
        TestApp app = start(Map.of("cpay.sandbox.lifecycle.auto-advance", "false",
                "cpay.sandbox.webhooks.max-attempts", "1"));
        app.simulator().configureWebhook(Webhooks.MERCHANT_ID, "http://127.0.0.1:9/lost", "json");
        return app;
    }

    public URI url() {
        return URI.create("http://localhost:" + server.getPort());
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    /** A client of the internal API with the development token. */
    public ApiClient client() {
        return InternalApiClients.create(url(), TOKEN);
    }

    /** The embedded simulator's control API. */
    public SandboxControl simulator() {
        return SandboxControl.at(url());
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
