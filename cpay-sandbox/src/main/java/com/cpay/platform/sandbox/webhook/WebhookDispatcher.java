package com.cpay.platform.sandbox.webhook;

import com.cpay.platform.sandbox.config.Merchant;
import com.cpay.platform.sandbox.config.MerchantRegistry;
import com.cpay.platform.sandbox.config.SandboxConfig;
import com.cpay.platform.sandbox.config.SandboxScheduler;
import com.cpay.platform.sandbox.config.WebhookFormat;
import com.cpay.platform.sandbox.fault.FaultBook;
import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.journal.Journal;
import com.cpay.platform.sandbox.journal.WebhookAttempt;
import com.cpay.platform.sandbox.signing.SectionSixteen;
import com.cpay.platform.sandbox.state.Order;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sends the section 15 notification of every status change to the order's callback URL, or the merchant's
 * configured one, signed with the merchant's key over all non-empty fields but {@code sign} (non-empty as
 * signature-empty-rule reads it). A notification is delivered when the reply is a 2xx whose body is the text
 * {@code OK} in any letter case, with or without surrounding whitespace (docs/decisions.md, decision 28); otherwise it is
 * retried with exponential backoff (initial-backoff, doubled each time, at most max-backoff) up to max-attempts. Notifications of one order go
 * out one at a time, in order, unless a fault says otherwise. Every attempt is written to the journal.
 */
@Singleton
public class WebhookDispatcher {

    private static final SectionSixteen FORGER = new SectionSixteen("not-the-merchant-secret-key");

    private final MerchantRegistry merchants;
    private final Journal journal;
    private final FaultBook faults;
    private final SandboxScheduler scheduler;
    private final SandboxConfig.Webhooks settings;
    private final HttpClient http;
    private final Map<String, OrderQueue> queues = new HashMap<>();

    public WebhookDispatcher(SandboxConfig config, MerchantRegistry merchants, Journal journal, FaultBook faults,
                             SandboxScheduler scheduler) {
        this.merchants = merchants;
        this.journal = journal;
        this.faults = faults;
        this.scheduler = scheduler;
        this.settings = config.getWebhooks();
        this.http = HttpClient.newBuilder().connectTimeout(settings.getTimeout()).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Queues the notification of the order's current status. */
    public void statusChanged(Order order) {
        Merchant merchant = merchants.find(order.merchantId()).orElse(merchants.primary());
        String url = order.callbackUrl() != null && !order.callbackUrl().isBlank() ? order.callbackUrl() : merchant.callbackUrl();
        Map<String, String> fields = Notifications.fields(order);
        WebhookFormat format = merchant.webhookFormat();
        if (url == null || url.isBlank()) {
            journal.record(attempt(new Delivery(order, signed(fields, merchant.sign(fields)), null, format, null), 0, null,
                    null, "skipped", "no callback URL on the order and none configured for the merchant"));
            return;
        }
        String operation = order.kind().operation();
        Delivery genuine = new Delivery(order, signed(fields, merchant.sign(fields)), url, format, null);
        synchronized (queues) {
            OrderQueue queue = queues.computeIfAbsent(order.orderId(), id -> new OrderQueue());
            if (faults.draw(operation, FaultKind.WEBHOOK_BAD_SIGNATURE).isPresent()) {
                queue.pending.add(new Delivery(order, signed(fields, FORGER.sign(fields, merchant.emptyRule())), url, format, "bad-signature"));
            }
            if (!order.status().terminal() && queue.held == null
                    && faults.draw(operation, FaultKind.WEBHOOK_OUT_OF_ORDER).isPresent()) {
                Delivery held = genuine.tagged("out-of-order");
                queue.held = held;
                scheduler.after(settings.getOutOfOrderHold(), () -> release(order.orderId(), held));
            } else {
                queue.pending.add(genuine);
                if (faults.draw(operation, FaultKind.WEBHOOK_DUPLICATE).isPresent()) {
                    queue.pending.add(genuine.tagged("duplicate"));
                }
                if (queue.held != null) {
                    queue.pending.add(queue.held);
                    queue.held = null;
                }
            }
            pump(queue);
        }
    }

    /** A held (out-of-order) notification whose successor never came is sent after out-of-order-hold. */
    private void release(String orderId, Delivery held) {
        synchronized (queues) {
            OrderQueue queue = queues.get(orderId);
            if (queue != null && queue.held == held) {
                queue.pending.add(held);
                queue.held = null;
                pump(queue);
            }
        }
    }

    private void pump(OrderQueue queue) {
        if (!queue.busy && !queue.pending.isEmpty()) {
            queue.busy = true;
            Delivery next = queue.pending.removeFirst();
            scheduler.after(Duration.ZERO, () -> attempt(queue, next, 1));
        }
    }

    private void attempt(OrderQueue queue, Delivery delivery, int number) {
        if (queue.cancelled) {
            return;
        }
        Integer status = null;
        String reply = null;
        String error = null;
        try {
            HttpResponse<String> response = http.send(request(delivery), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            reply = response.body();
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        // docs/decisions.md, decision 28: C-Pay's own plugins answer "ok"; any letter case, surrounding whitespace ignored
        boolean delivered = status != null && status / 100 == 2 && reply != null && "OK".equalsIgnoreCase(reply.strip());
        boolean retry = !delivered && !"bad-signature".equals(delivery.fault) && number < settings.getMaxAttempts();
        String outcome = delivered ? "delivered" : retry ? "retrying" : "failed";
        journal.record(attempt(delivery, number, status, reply, outcome, error));
        if (retry) {
            scheduler.after(backoff(number), () -> attempt(queue, delivery, number + 1));
            return;
        }
        synchronized (queues) {
            queue.busy = false;
            pump(queue);
        }
    }

    /** initial-backoff * 2^(n-1), at most max-backoff. */
    Duration backoff(int failedAttempts) {
        long millis = settings.getInitialBackoff().toMillis() << Math.min(failedAttempts - 1, 30);
        return Duration.ofMillis(Math.min(millis, settings.getMaxBackoff().toMillis()));
    }

    private HttpRequest request(Delivery delivery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(delivery.url)).timeout(settings.getTimeout());
        return builder.header("Content-Type", contentType(delivery.format))
                .POST(HttpRequest.BodyPublishers.ofString(body(delivery), StandardCharsets.UTF_8)).build();
    }

    private String body(Delivery delivery) {
        if (delivery.format == WebhookFormat.FORM) {
            return delivery.fields.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
        }
        return JsonText.object(delivery.fields);
    }

    private static String contentType(WebhookFormat format) {
        return format == WebhookFormat.FORM ? "application/x-www-form-urlencoded" : "application/json";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Map<String, String> signed(Map<String, String> fields, String sign) {
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.put(SectionSixteen.SIGN, sign);
        return signed;
    }

    private WebhookAttempt attempt(Delivery delivery, int number, Integer status, String reply, String outcome, String error) {
        String shortReply = reply == null ? null : reply.length() > 500 ? reply.substring(0, 500) : reply;
        return new WebhookAttempt(journal.nextId(), System.currentTimeMillis(), delivery.orderId, delivery.merchantTradeNo,
                delivery.fields.get("orderStatus"), delivery.url, delivery.format.name().toLowerCase(java.util.Locale.ROOT),
                number, status, shortReply, outcome, delivery.fault, error, body(delivery));
    }

    /** Forgets queued and held notifications (reset). */
    public void clear() {
        synchronized (queues) {
            queues.values().forEach(queue -> queue.cancelled = true);
            queues.clear();
        }
    }

    @PreDestroy
    void close() {
        clear();
    }

    private static final class OrderQueue {
        private final Deque<Delivery> pending = new ArrayDeque<>();
        private Delivery held;
        private boolean busy;
        private volatile boolean cancelled;
    }

    private static final class Delivery {
        private final String orderId;
        private final String merchantTradeNo;
        private final Map<String, String> fields;
        private final String url;
        private final WebhookFormat format;
        private final String fault;

        Delivery(Order order, Map<String, String> fields, String url, WebhookFormat format, String fault) {
            this(order.orderId(), order.merchantTradeNo(), fields, url, format, fault);
        }

        private Delivery(String orderId, String merchantTradeNo, Map<String, String> fields, String url,
                         WebhookFormat format, String fault) {
            this.orderId = orderId;
            this.merchantTradeNo = merchantTradeNo;
            this.fields = fields;
            this.url = url;
            this.format = format;
            this.fault = fault;
        }

        Delivery tagged(String tag) {
            return new Delivery(orderId, merchantTradeNo, fields, url, format, tag);
        }
    }
}
