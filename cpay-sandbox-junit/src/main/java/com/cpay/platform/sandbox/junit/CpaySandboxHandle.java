package com.cpay.platform.sandbox.junit;

import com.cpay.platform.sandbox.SandboxControl;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A running simulated C-Pay, as a test sees it: where it is, its merchant's credentials, and what a test may do to
 * it. Given to test methods by {@link CpaySandbox} or {@link CpaySandboxServer}.
 */
public interface CpaySandboxHandle {

    /** The base URL of the C-Pay API (operations under {@code /openapi/v1/}); give it to the client under test. */
    URI baseUrl();

    String merchantId();

    String secretKey();

    /** {@code document} or {@code php}: the reading of "empty" the simulator signs and checks with (README, Signing). */
    String signatureEmptyRule();

    /**
     * The kit's own webhook receiver, set as the merchant's default callback URL: an order created without a
     * callback URL has its webhooks delivered here ({@link #webhooks()}, {@link #awaitWebhook}).
     */
    String webhookUrl();

    /**
     * Sends the merchant's webhooks to this URL (the service under test's endpoint) instead of the kit's receiver,
     * for orders created without a callback URL of their own; the next reset (before each test) puts the kit's
     * receiver back. Watch the deliveries with {@link #awaitWebhookAttempt}.
     */
    void deliverWebhooksTo(String url);

    // --- orders

    List<SandboxOrder> orders();

    /** The order with this merchantTradeNo; fails when there is none. */
    SandboxOrder order(String merchantTradeNo);

    /** The order with C-Pay's orderId. */
    SandboxOrder orderById(String orderId);

    /**
     * Moves the order with this merchantTradeNo now, to PENDING, PROCESSING, COMPLETED or CLOSED (or the code 0, 11,
     * 14, 15); the webhook follows and the automatic lifecycle stops for this order.
     */
    SandboxOrder moveOrder(String merchantTradeNo, String status);

    /** As {@link #moveOrder}, by C-Pay's orderId (a no-order deposit has no merchantTradeNo). */
    SandboxOrder moveOrderById(String orderId, String status);

    /** Waits until the order with this merchantTradeNo is in the status (name), or fails after the timeout. */
    SandboxOrder awaitOrder(String merchantTradeNo, String status, Duration timeout);

    /** Stops the automatic lifecycle for orders created from now on: they stay where {@link #moveOrder} puts them. */
    void pauseLifecycle();

    void resumeLifecycle();

    /** A deposit to the user's address without an order (no-order mode), COMPLETED and notified by webhook. */
    SandboxOrder depositWithoutOrder(String userId, String currency, String amount);

    /** Sets the merchant's available balance of an asset (e.g. to 0 so that a payout is refused). */
    void setBalance(String asset, String available);

    // --- faults

    /** Injects the fault; it returns the fault's id. */
    long injectFault(Fault fault);

    void clearFaults();

    // --- requests received

    /** Every request received on the C-Pay API, oldest first, accepted or refused. */
    List<ReceivedRequest> requests();

    /** The requests of one operation (an operationId: withdraw, createOrder, getOrderDetail...), oldest first. */
    List<ReceivedRequest> requests(String operation);

    /** The last request of the operation; fails when there was none. */
    ReceivedRequest lastRequest(String operation);

    // --- webhooks

    /** The webhooks that reached the kit's receiver ({@link #webhookUrl()}), oldest first. */
    List<ReceivedWebhook> webhooks();

    /** The first webhook at the kit's receiver that matches, waiting for it up to the timeout (then an AssertionError). */
    ReceivedWebhook awaitWebhook(Predicate<ReceivedWebhook> condition, Duration timeout);

    /** The kit's receiver answers the next deliveries with these bodies (e.g. "FAIL" to make C-Pay retry), then OK. */
    void replyToWebhooksWith(String... replies);

    /** Every delivery attempt the simulator made, to any URL (the service under test's too), oldest first. */
    List<WebhookAttempt> webhookAttempts();

    /**
     * The first delivery attempt, to any URL, that matches, waiting for it up to the timeout: e.g. that the service
     * under test acknowledged a webhook, {@code a -> a.url().equals(myUrl) && a.delivered()}.
     */
    WebhookAttempt awaitWebhookAttempt(Predicate<WebhookAttempt> condition, Duration timeout);

    // --- signing and the rest

    /**
     * The section 16 signature of these fields under the merchant's key (for a test that sends a webhook to the
     * service under test by hand); a {@code sign} entry among them is ignored.
     */
    String sign(Map<String, String> fields);

    /** Forgets orders, balances, faults, logs and received webhooks; back to the configured settings. */
    void reset();

    /** The whole control API (sandbox-control-api.yaml) for what this interface does not cover. */
    SandboxControl control();
}
