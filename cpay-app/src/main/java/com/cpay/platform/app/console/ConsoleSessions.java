package com.cpay.platform.app.console;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's sessions, in this instance's memory: a restart logs everyone out, and behind a load balancer the
 * console needs sticky sessions. Ids and CSRF tokens are 256 random bits. A session ends after
 * {@code cpay.console.session.idle-timeout} (default 30 minutes) without a request, and at the latest
 * {@code cpay.console.session.max-age} (default 12 hours) after it began. Logging in starts a new session (a
 * session id known before the login is worth nothing after it). At most {@value #MAX_SESSIONS} sessions are kept:
 * expired ones go first, then the oldest not logged in, then the oldest.
 */
@Singleton
public class ConsoleSessions {

    static final int MAX_SESSIONS = 10_000;
    private static final Base64.Encoder TOKENS = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final Map<String, ConsoleSession> sessions = new ConcurrentHashMap<>();
    private final Duration idleTimeout;
    private final Duration maxAge;
    private final Clock clock;

    public ConsoleSessions(@Value("${cpay.console.session.idle-timeout:30m}") Duration idleTimeout,
                           @Value("${cpay.console.session.max-age:12h}") Duration maxAge, Clock clock) {
        this.idleTimeout = idleTimeout;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The live session with this id, marked as seen now. */
    public Optional<ConsoleSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        ConsoleSession session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(session, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        session.seen(now);
        return Optional.of(session);
    }

    /** A new session before login: it carries the login form's CSRF token. */
    public ConsoleSession anonymous() {
        return start(null);
    }

    /** Ends {@code before} and starts a logged-in session for the operator. */
    public ConsoleSession login(ConsoleSession before, Operator operator) {
        if (before != null) {
            sessions.remove(before.id());
        }
        return start(operator);
    }

    /** Ends the session. */
    public void end(ConsoleSession session) {
        sessions.remove(session.id());
    }

    /** How long a session lives at most (the cookie's Max-Age). */
    public Duration maxAge() {
        return maxAge;
    }

    private ConsoleSession start(Operator operator) {
        Instant now = clock.instant();
        if (sessions.size() >= MAX_SESSIONS) {
            evict(now);
        }
        ConsoleSession session = new ConsoleSession(token(), token(), operator, now);
        sessions.put(session.id(), session);
        return session;
    }

    private void evict(Instant now) {
        sessions.values().removeIf(s -> expired(s, now));
        if (sessions.size() < MAX_SESSIONS) {
            return;
        }
        sessions.values().stream()
                .min(Comparator.comparing((ConsoleSession s) -> s.operator().isPresent())
                        .thenComparing(ConsoleSession::lastSeenAt))
                .ifPresent(this::end);
    }

    private boolean expired(ConsoleSession session, Instant now) {
        return !session.lastSeenAt().plus(idleTimeout).isAfter(now) || !session.createdAt().plus(maxAge).isAfter(now);
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return TOKENS.encodeToString(bytes);
    }
}
