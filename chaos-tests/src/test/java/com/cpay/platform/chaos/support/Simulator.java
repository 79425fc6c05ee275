package com.cpay.platform.chaos.support;

import com.cpay.platform.sandbox.SandboxControl;
import com.cpay.platform.sandbox.control.ControlModels.OrderView;
import com.cpay.platform.sandbox.journal.RequestRecord;
import com.cpay.platform.sandbox.journal.WebhookAttempt;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The standalone C-Pay simulator ({@code cpay-sandbox.jar}) as a child process on a free port, with a fresh secret
 * key and fast lifecycle and webhook timings. Its request and webhook logs keep only the last 1000 entries, so
 * they are copied every 500 ms into complete logs here ({@link #requests()}, {@link #webhooks()}).
 */
public final class Simulator implements AutoCloseable {

    public static final String MERCHANT_ID = "20003092";
    private static final int SIMULATOR_LOG_LIMIT = 1000;

    private final ChildProcess process;
    private final URI url;
    private final String secretKey;
    private final SandboxControl control;
    private final Journal<RequestRecord> requests;
    private final Journal<WebhookAttempt> webhooks;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "simulator-log-copy");
        thread.setDaemon(true);
        return thread;
    });

    private Simulator(ChildProcess process, URI url, String secretKey) {
        this.process = process;
        this.url = url;
        this.secretKey = secretKey;
        this.control = SandboxControl.at(url);
        this.requests = new Journal<>("request", control::requests, RequestRecord::id);
        this.webhooks = new Journal<>("webhook", control::webhooks, WebhookAttempt::id);
        poller.scheduleWithFixedDelay(this::copyLogs, 500, 500, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts the simulator in {@code dir}, sending webhooks to {@code callbackUrl}; {@code settings} are further
     * {@code cpay.sandbox.*} keys (cpay-sandbox README) that override the chaos defaults.
     */
    public static Simulator start(Path dir, String secretKey, URI callbackUrl, Map<String, String> settings) {
        int port = ChildProcess.freePort();
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.server.port", Integer.toString(port));
        properties.put("cpay.sandbox.merchant-id", MERCHANT_ID);
        properties.put("cpay.sandbox.secret-key", secretKey);
        properties.put("cpay.sandbox.callback-url", callbackUrl.toString());
        properties.put("cpay.sandbox.lifecycle.pending-delay", "300ms");
        properties.put("cpay.sandbox.lifecycle.processing-delay", "600ms");
        properties.put("cpay.sandbox.webhooks.initial-backoff", "500ms");
        properties.put("cpay.sandbox.webhooks.max-backoff", "3s");
        properties.put("cpay.sandbox.webhooks.max-attempts", "12");
        properties.put("cpay.sandbox.webhooks.out-of-order-hold", "1s");
        properties.putAll(settings);
        URI url = URI.create("http://localhost:" + port);
        ChildProcess process = ChildProcess.start("cpay-sandbox", ChaosPaths.sandboxJar(), dir, properties,
                url.resolve("/sandbox/v1/info"), Duration.ofSeconds(60));
        return new Simulator(process, url, secretKey);
    }

    public URI url() {
        return url;
    }

    public String secretKey() {
        return secretKey;
    }

    public SandboxControl control() {
        return control;
    }

    public List<OrderView> orders() {
        return control.orders();
    }

    /** Every request C-Pay received since the start, oldest first. */
    public List<RequestRecord> requests() {
        return requests.all();
    }

    /** Every webhook delivery attempt since the start, oldest first. */
    public List<WebhookAttempt> webhooks() {
        return webhooks.all();
    }

    /** Log entries that fell out of the simulator's 1000-entry logs before they were copied (should be none). */
    public List<String> logGaps() {
        List<String> gaps = new ArrayList<>(requests.gaps());
        gaps.addAll(webhooks.gaps());
        return gaps;
    }

    /** Removes one fault rule ({@code DELETE /sandbox/v1/faults/{id}}; the control client only clears all). */
    public void removeFault(long id) {
        try {
            java.net.http.HttpResponse<Void> answer = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(url.resolve("/sandbox/v1/faults/" + id)).DELETE().build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() != 204 && answer.statusCode() != 404) {
                throw new IllegalStateException("DELETE /sandbox/v1/faults/" + id + " answered " + answer.statusCode());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public ChildProcess process() {
        return process;
    }

    private void copyLogs() {
        try {
            requests.copy();
            webhooks.copy();
        } catch (RuntimeException e) {
            // the next round copies what this one missed
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        process.terminate(Duration.ofSeconds(10));
    }

    /** A complete copy of one of the simulator's logs, merged by entry id. */
    private static final class Journal<T> {
        private final String name;
        private final Supplier<List<T>> read;
        private final Function<T, Long> id;
        private final ConcurrentSkipListMap<Long, T> entries = new ConcurrentSkipListMap<>();
        private final List<String> gaps = new ArrayList<>();

        Journal(String name, Supplier<List<T>> read, Function<T, Long> id) {
            this.name = name;
            this.read = read;
            this.id = id;
        }

        synchronized void copy() {
            List<T> now = read.get();
            // the simulator keeps the last 1000 entries (ids shared by both logs, so not consecutive): a full log
            // whose oldest entry was never seen here means entries fell out before they were copied
            if (now.size() >= SIMULATOR_LOG_LIMIT && !entries.containsKey(id.apply(now.get(0)))) {
                gaps.add(name + " log overflowed before entry " + id.apply(now.get(0)) + " was copied");
            }
            now.forEach(entry -> entries.put(id.apply(entry), entry));
        }

        List<T> all() {
            copy();
            return List.copyOf(entries.values());
        }

        synchronized List<String> gaps() {
            return List.copyOf(gaps);
        }
    }
}
