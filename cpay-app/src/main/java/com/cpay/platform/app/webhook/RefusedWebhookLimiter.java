package com.cpay.platform.app.webhook;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many refused webhooks (forged, unsigned, malformed: anyone can send them, and each one is stored) a source
 * may send: {@code cpay.webhooks.refused.limit} (default 30) per {@code cpay.webhooks.refused.window} (default 1
 * minute), as a token bucket per source: a burst of {@code limit}, then {@code limit} per window, spread evenly.
 * Over it the caller answers 429 with the wait and stores nothing. Correctly signed webhooks are never counted or
 * held back. At most {@value #MAX_SOURCES} sources are tracked; sources idle for a window are forgotten first, and
 * when that is not enough a new source is held back for a window (memory stays bounded even when the senders are
 * many).
 */
@Singleton
public class RefusedWebhookLimiter {

    /** Most sources tracked at once. */
    static final int MAX_SOURCES = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(RefusedWebhookLimiter.class);

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RefusedWebhookLimiter(@Value("${cpay.webhooks.refused.limit:30}") int limit,
                                 @Value("${cpay.webhooks.refused.window:1m}") Duration window, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("cpay.webhooks.refused.limit must be at least 1");
        }
        if (window == null || window.toMillis() < 1) {
            throw new IllegalArgumentException("cpay.webhooks.refused.window must be at least 1ms");
        }
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /**
     * Takes one refused webhook from {@code source}'s allowance.
     *
     * @return empty when it may be stored; otherwise how long the source has to wait for the next one
     */
    public Optional<Duration> admit(String source) {
        long now = clock.millis();
        if (!buckets.containsKey(source) && buckets.size() >= MAX_SOURCES) {
            buckets.values().removeIf(bucket -> bucket.idle(now, windowMillis));
            if (buckets.size() >= MAX_SOURCES) {
                return Optional.of(Duration.ofMillis(windowMillis));
            }
        }
        Bucket bucket = buckets.computeIfAbsent(source, key -> new Bucket(limit, now));
        long wait;
        boolean firstRefusal;
        synchronized (bucket) {
            wait = bucket.take(now, limit, windowMillis);
            firstRefusal = wait > 0 && !bucket.held;
            bucket.held = wait > 0;
        }
        if (wait == 0) {
            return Optional.empty();
        }
        if (firstRefusal) {
            LOG.warn("refused C-Pay webhooks from {} over the limit of {} per {}: answering 429, storing none",
                    source, limit, Duration.ofMillis(windowMillis));
        }
        return Optional.of(Duration.ofMillis(wait));
    }

    private static final class Bucket {

        private double tokens;
        private long at;
        private boolean held;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        // 0 when a token was taken, else the milliseconds until the next one
        long take(long now, int limit, long windowMillis) {
            tokens = Math.min(limit, tokens + Math.max(0, now - at) * (double) limit / windowMillis);
            at = Math.max(at, now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) * windowMillis / limit));
        }

        // a full bucket after a window of quiet: forgetting it changes nothing
        synchronized boolean idle(long now, long windowMillis) {
            return now - at >= windowMillis;
        }
    }
}
