package com.cpay.platform.sandbox.junit;

import com.cpay.platform.sandbox.SandboxControl;
import com.cpay.platform.sandbox.SandboxServer;
import com.cpay.platform.sandbox.control.ControlModels.DepositCommand;
import com.cpay.platform.sandbox.control.ControlModels.MoveCommand;
import com.cpay.platform.sandbox.control.ControlModels.OrderView;
import com.cpay.platform.sandbox.signing.EmptyRule;
import com.cpay.platform.sandbox.signing.SectionSixteen;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A simulated C-Pay for tests, set up in code:
 * <pre>{@code
 * @RegisterExtension
 * static CpaySandboxServer cpay = CpaySandboxServer.builder()
 *         .property("cpay.sandbox.signature-empty-rule", "php")
 *         .build();
 * }</pre>
 * Registered on a {@code static} field it starts before the class's first test and stops after its last (or is
 * shared by the JVM with {@link Builder#scope}); the field itself is the {@link CpaySandboxHandle}, and test methods
 * may also take one as a parameter. Outside JUnit: {@link #start()} and {@link #close()}.
 */
public final class CpaySandboxServer implements CpaySandboxHandle, BeforeAllCallback, BeforeEachCallback,
        AfterAllCallback, ParameterResolver, AutoCloseable {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CpaySandboxServer.class);

    private final Map<String, Object> properties;
    private final CpaySandbox.Scope scope;
    private final boolean resetBeforeEach;
    private volatile Running running;
    private volatile String startedBy;

    private CpaySandboxServer(Builder builder) {
        this.properties = Map.copyOf(builder.properties);
        this.scope = builder.scope;
        this.resetBeforeEach = builder.resetBeforeEach;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts it now, outside JUnit's lifecycle; {@link #close()} stops it. */
    public CpaySandboxServer start() {
        if (running == null) {
            running = new Running(properties);
        }
        return this;
    }

    @Override
    public void close() {
        Running current = running;
        running = null;
        if (current != null) {
            current.close();
        }
    }

    // --- JUnit

    @Override
    public void beforeAll(ExtensionContext context) {
        if (running != null) {
            return; // a nested class of the class that started it
        }
        if (scope == CpaySandbox.Scope.PER_JVM) {
            // the root store is closed at the end of the run, and with it the simulator
            running = context.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent(new TreeMap<>(properties).toString(), key -> new Running(properties), Running.class);
        } else {
            running = new Running(properties);
        }
        startedBy = context.getUniqueId();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (running == null) {
            throw new IllegalStateException("CpaySandboxServer is not started: register it on a static field "
                    + "(@RegisterExtension static CpaySandboxServer ...)");
        }
        if (resetBeforeEach) {
            reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getUniqueId().equals(startedBy)) {
            startedBy = null;
            if (scope == CpaySandbox.Scope.PER_JVM) {
                running = null; // it lives on in the root store for the next class
            } else {
                close();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CpaySandboxHandle.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return this;
    }

    // --- the handle

    @Override
    public URI baseUrl() {
        return running().server.url();
    }

    @Override
    public String merchantId() {
        return running().server.merchantId();
    }

    @Override
    public String secretKey() {
        return running().server.secretKey();
    }

    @Override
    public String signatureEmptyRule() {
        return running().server.signatureEmptyRule();
    }

    @Override
    public String webhookUrl() {
        return running().webhooks.url();
    }

    @Override
    public void deliverWebhooksTo(String url) {
        control().configureWebhook(merchantId(), url, null);
    }

    @Override
    public List<SandboxOrder> orders() {
        return control().orders().stream().map(SandboxOrder::of).toList();
    }

    @Override
    public SandboxOrder order(String merchantTradeNo) {
        return SandboxOrder.of(control().orderByTradeNo(merchantTradeNo));
    }

    @Override
    public SandboxOrder orderById(String orderId) {
        return SandboxOrder.of(control().order(orderId));
    }

    @Override
    public SandboxOrder moveOrder(String merchantTradeNo, String status) {
        return moveOrderById(control().orderByTradeNo(merchantTradeNo).orderId(), status);
    }

    @Override
    public SandboxOrder moveOrderById(String orderId, String status) {
        return SandboxOrder.of(control().moveOrder(orderId, status));
    }

    @Override
    public SandboxOrder awaitOrder(String merchantTradeNo, String status, Duration timeout) {
        OrderView order = control().orderByTradeNo(merchantTradeNo);
        return SandboxOrder.of(control().awaitOrder(order.orderId(), o -> o.status().equals(status), timeout));
    }

    @Override
    public void pauseLifecycle() {
        control().autoAdvance(false);
    }

    @Override
    public void resumeLifecycle() {
        control().autoAdvance(true);
    }

    @Override
    public SandboxOrder depositWithoutOrder(String userId, String currency, String amount) {
        return SandboxOrder.of(control().deposit(userId, null, currency, amount, null));
    }

    @Override
    public void setBalance(String asset, String available) {
        control().setBalance(asset, available);
    }

    @Override
    public long injectFault(Fault fault) {
        return control().addFault(fault.spec()).id();
    }

    @Override
    public void clearFaults() {
        control().clearFaults();
    }

    @Override
    public List<ReceivedRequest> requests() {
        return control().requests().stream().map(ReceivedRequest::of).toList();
    }

    @Override
    public List<ReceivedRequest> requests(String operation) {
        return requests().stream().filter(request -> operation.equals(request.operation())).toList();
    }

    @Override
    public ReceivedRequest lastRequest(String operation) {
        List<ReceivedRequest> matching = requests(operation);
        if (matching.isEmpty()) {
            throw new AssertionError("the C-Pay sandbox received no " + operation + " request; it received "
                    + requests().stream().map(ReceivedRequest::operation).toList());
        }
        return matching.get(matching.size() - 1);
    }

    @Override
    public List<ReceivedWebhook> webhooks() {
        return running().webhooks.received();
    }

    @Override
    public ReceivedWebhook awaitWebhook(Predicate<ReceivedWebhook> condition, Duration timeout) {
        return running().webhooks.await(condition, timeout);
    }

    @Override
    public void replyToWebhooksWith(String... replies) {
        running().webhooks.replyWith(replies);
    }

    @Override
    public List<WebhookAttempt> webhookAttempts() {
        return control().webhooks().stream().map(WebhookAttempt::of).toList();
    }

    @Override
    public WebhookAttempt awaitWebhookAttempt(Predicate<WebhookAttempt> condition, Duration timeout) {
        List<WebhookAttempt> seen = List.of();
        long end = System.nanoTime() + timeout.toNanos();
        do {
            seen = webhookAttempts();
            for (WebhookAttempt attempt : seen) {
                if (condition.test(attempt)) {
                    return attempt;
                }
            }
            pause();
        } while (System.nanoTime() < end);
        throw new AssertionError("no webhook attempt matching the condition within " + timeout + "; attempts: " + seen);
    }

    @Override
    public String sign(Map<String, String> fields) {
        return new SectionSixteen(secretKey()).sign(new LinkedHashMap<>(fields), EmptyRule.parse(signatureEmptyRule()));
    }

    @Override
    public void reset() {
        Running current = running();
        // the receiver first: from now on it ignores deliveries about orders created before this reset
        current.webhooks.clear();
        current.server.control().reset();
    }

    @Override
    public SandboxControl control() {
        return running().server.control();
    }

    private Running running() {
        Running current = running;
        if (current == null) {
            throw new IllegalStateException("the C-Pay sandbox is not running: use @CpaySandbox, a static "
                    + "@RegisterExtension CpaySandboxServer, or start()");
        }
        return current;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a webhook attempt", e);
        }
    }

    /** The simulator and the kit's webhook receiver, which it calls by default. */
    @SuppressWarnings("deprecation") // CloseableResource: for JUnit before 5.13, which closes only those
    private static final class Running implements AutoCloseable, ExtensionContext.Store.CloseableResource {

        final SandboxServer server;
        final WebhookCollector webhooks;
        private boolean closed;

        Running(Map<String, Object> properties) {
            webhooks = new WebhookCollector();
            Map<String, Object> all = new LinkedHashMap<>(properties);
            all.putIfAbsent("cpay.sandbox.callback-url", webhooks.url());
            try {
                server = SandboxServer.startIsolated(all);
            } catch (RuntimeException e) {
                webhooks.close();
                throw e;
            }
            webhooks.verifyWith(server.secretKey(), EmptyRule.parse(server.signatureEmptyRule()));
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                server.close();
                webhooks.close();
            }
        }
    }

    /** Settings of a {@link CpaySandboxServer}. */
    public static final class Builder {

        private final Map<String, Object> properties = new LinkedHashMap<>(SandboxServer.FAST);
        private CpaySandbox.Scope scope = CpaySandbox.Scope.PER_CLASS;
        private boolean resetBeforeEach = true;

        private Builder() {
        }

        /** A simulator setting: a {@code cpay.sandbox.*} key of cpay-sandbox/README.md, or a Micronaut key. */
        public Builder property(String key, Object value) {
            properties.put(key, value);
            return this;
        }

        public Builder properties(Map<String, ?> values) {
            properties.putAll(values);
            return this;
        }

        /** Merchant id and secret key of the simulated merchant (default 20003092 and a built-in test key). */
        public Builder merchant(String merchantId, String secretKey) {
            return property("cpay.sandbox.merchant-id", merchantId).property("cpay.sandbox.secret-key", secretKey);
        }

        /** {@code true} (default): 50 ms lifecycle steps and fast webhook retries; {@code false}: C-Pay's pace. */
        public Builder fastLifecycle(boolean fast) {
            SandboxServer.FAST.keySet().forEach(properties::remove);
            if (fast) {
                properties.putAll(SandboxServer.FAST);
            }
            return this;
        }

        public Builder scope(CpaySandbox.Scope value) {
            this.scope = value;
            return this;
        }

        /** {@code true} (default): forget orders, faults, logs and received webhooks before each test. */
        public Builder resetBeforeEach(boolean reset) {
            this.resetBeforeEach = reset;
            return this;
        }

        public CpaySandboxServer build() {
            return new CpaySandboxServer(this);
        }
    }
}
