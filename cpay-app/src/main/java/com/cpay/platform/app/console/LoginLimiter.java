package com.cpay.platform.app.console;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed console logins per source (the connection's address, or X-Forwarded-For from a trusted proxy, as for
 * webhooks): after {@code cpay.console.login.limit} failures (default 10) within {@code cpay.console.login.window}
 * (default 5 minutes) of the first, the source may not try again, right password or not, until that window is over.
 * A successful login does not reset the count (a guesser who also knows one password gains nothing). At most
 * {@value #MAX_SOURCES} sources are tracked; when full, finished windows are forgotten, and if that frees nothing a
 * new source waits a window.
 */
@Singleton
public class LoginLimiter {

    static final int MAX_SOURCES = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(LoginLimiter.class);

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginLimiter(@Value("${cpay.console.login.limit:10}") int limit,
                        @Value("${cpay.console.login.window:5m}") Duration window, Clock clock) {
        if (limit < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("cpay.console.login.limit must be at least 1 and its window positive");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Empty when the source may try to log in now; otherwise how long it must wait. */
    public Optional<Duration> wait(String source) {
        Instant now = clock.instant();
        Failures seen = failures.get(source);
        if (seen == null) {
            if (failures.size() >= MAX_SOURCES) {
                failures.values().removeIf(f -> f.over(now, window));
                if (failures.size() >= MAX_SOURCES) {
                    return Optional.of(window);
                }
            }
            return Optional.empty();
        }
        synchronized (seen) {
            if (seen.over(now, window)) {
                failures.remove(source, seen);
                return Optional.empty();
            }
            return seen.count >= limit ? Optional.of(Duration.between(now, seen.since.plus(window)))
                    : Optional.empty();
        }
    }

    /** Counts a failed login from the source. */
    public void failed(String source) {
        Instant now = clock.instant();
        Failures seen = failures.compute(source, (key, f) -> f == null || f.over(now, window) ? new Failures(now) : f);
        synchronized (seen) {
            seen.count++;
            if (seen.count == limit) {
                LOG.warn("console logins from {} refused for {}: {} failed attempts", source, window, limit);
            }
        }
    }

    private static final class Failures {
        private final Instant since;
        private int count;

        Failures(Instant since) {
            this.since = since;
        }

        boolean over(Instant now, Duration window) {
            return !since.plus(window).isAfter(now);
        }
    }
}
