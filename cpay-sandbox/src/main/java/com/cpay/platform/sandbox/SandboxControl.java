package com.cpay.platform.sandbox;

import com.cpay.platform.sandbox.control.ControlModels.BalanceCommand;
import com.cpay.platform.sandbox.control.ControlModels.BalanceView;
import com.cpay.platform.sandbox.control.ControlModels.DepositCommand;
import com.cpay.platform.sandbox.control.ControlModels.LifecycleView;
import com.cpay.platform.sandbox.control.ControlModels.MoveCommand;
import com.cpay.platform.sandbox.control.ControlModels.OrderCommand;
import com.cpay.platform.sandbox.control.ControlModels.OrderView;
import com.cpay.platform.sandbox.control.ControlModels.WebhookSettings;
import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.fault.FaultRule;
import com.cpay.platform.sandbox.fault.FaultSpec;
import com.cpay.platform.sandbox.journal.RequestRecord;
import com.cpay.platform.sandbox.journal.WebhookAttempt;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A client of the control API ({@code /sandbox/v1}, sandbox-control-api.yaml) over plain HTTP, usable against an
 * embedded {@link SandboxServer} or a standalone simulator ({@link #at(URI)}).
 */
public final class SandboxControl {

    private final URI base;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SandboxControl(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    /** A control client for a simulator running at this base URL (e.g. http://localhost:8090). */
    public static SandboxControl at(URI base) {
        return new SandboxControl(base, JsonMapper.createDefault());
    }

    public Map<String, Object> info() {
        return call("GET", "/info", null, Argument.mapOf(String.class, Object.class));
    }

    public List<OrderView> orders() {
        return call("GET", "/orders", null, Argument.listOf(OrderView.class));
    }

    public OrderView order(String orderId) {
        return call("GET", "/orders/" + encode(orderId), null, Argument.of(OrderView.class));
    }

    public OrderView orderByTradeNo(String merchantTradeNo) {
        List<OrderView> found = call("GET", "/orders?merchantTradeNo=" + encode(merchantTradeNo), null, Argument.listOf(OrderView.class));
        if (found.isEmpty()) {
            throw new IllegalStateException("no order with merchantTradeNo " + merchantTradeNo);
        }
        return found.get(0);
    }

    /** Puts an order in place (provider state); no webhook, no lifecycle. */
    public OrderView placeOrder(OrderCommand command) {
        return call("POST", "/orders", command, Argument.of(OrderView.class));
    }

    /** Moves an order now (name or code: COMPLETED, 14...); a webhook follows; the lifecycle stops for it. */
    public OrderView moveOrder(String orderId, String status) {
        return call("POST", "/orders/" + encode(orderId) + "/status", new MoveCommand(status, null, null), Argument.of(OrderView.class));
    }

    /** A no-order-mode deposit to the user's address on the network (null: the currency's default network). */
    public OrderView deposit(String userId, String network, String currency, String amount, String hash) {
        return call("POST", "/deposits", new DepositCommand(null, userId, null, network, currency, amount, hash, null, null),
                Argument.of(OrderView.class));
    }

    public FaultRule addFault(FaultSpec spec) {
        return call("POST", "/faults", spec, Argument.of(FaultRule.class));
    }

    /** A fault that fires {@code count} times on the operation ({@code *} for all). */
    public FaultRule addFault(String operation, FaultKind kind, int count) {
        return addFault(new FaultSpec(operation, kind, count, null, null, null, null, null));
    }

    public List<FaultRule> faults() {
        return call("GET", "/faults", null, Argument.listOf(FaultRule.class));
    }

    public void clearFaults() {
        call("DELETE", "/faults", null, null);
    }

    public List<RequestRecord> requests() {
        return call("GET", "/requests", null, Argument.listOf(RequestRecord.class));
    }

    public List<WebhookAttempt> webhooks() {
        return call("GET", "/webhooks", null, Argument.listOf(WebhookAttempt.class));
    }

    public List<BalanceView> balances() {
        return call("GET", "/balances", null, Argument.listOf(BalanceView.class));
    }

    public BalanceView setBalance(String asset, String available) {
        return call("PUT", "/balances/" + encode(asset), new BalanceCommand(null, available, null), Argument.of(BalanceView.class));
    }

    /** The merchant's default callback URL and webhook body format ({@code json} or {@code form}). */
    public WebhookSettings configureWebhook(String merchantId, String callbackUrl, String format) {
        return call("PUT", "/merchants/" + encode(merchantId) + "/webhook", new WebhookSettings(callbackUrl, format),
                Argument.of(WebhookSettings.class));
    }

    /** Pauses (false) or resumes (true) the automatic lifecycle of orders scheduled from now on. */
    public LifecycleView autoAdvance(boolean on) {
        return call("PUT", "/lifecycle", new LifecycleView(null, null, on), Argument.of(LifecycleView.class));
    }

    public LifecycleView lifecycle(long pendingDelayMs, long processingDelayMs, boolean autoAdvance) {
        return call("PUT", "/lifecycle", new LifecycleView(pendingDelayMs, processingDelayMs, autoAdvance), Argument.of(LifecycleView.class));
    }

    /** Forgets orders, balances, addresses, logs and faults; back to the configured settings. */
    public void reset() {
        call("POST", "/reset", null, null);
    }

    /** Polls the order until it matches (every 20 ms), or fails after the timeout. */
    public OrderView awaitOrder(String orderId, Predicate<OrderView> condition, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        OrderView order = order(orderId);
        while (!condition.test(order)) {
            if (Instant.now().isAfter(end)) {
                throw new IllegalStateException("order " + orderId + " still " + order.status() + " after " + timeout);
            }
            pause();
            order = order(orderId);
        }
        return order;
    }

    /** Polls the webhook log until the condition holds on it, or fails after the timeout. */
    public List<WebhookAttempt> awaitWebhooks(Predicate<List<WebhookAttempt>> condition, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        List<WebhookAttempt> attempts = webhooks();
        while (!condition.test(attempts)) {
            if (Instant.now().isAfter(end)) {
                throw new IllegalStateException("webhook log did not reach the expected state after " + timeout + ": " + attempts);
            }
            pause();
            attempts = webhooks();
        }
        return attempts;
    }

    private <T> T call(String method, String path, Object body, Argument<T> type) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/sandbox/v1" + path)).timeout(Duration.ofSeconds(10));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " /sandbox/v1" + path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return type == null ? null : json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
