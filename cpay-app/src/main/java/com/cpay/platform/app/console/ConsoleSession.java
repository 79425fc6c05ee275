package com.cpay.platform.app.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;

/**
 * One browser's session: its id (the cookie), its CSRF token (a synchronizer token every form carries back), the
 * operator once logged in, and one message to show on the next page (after a redirect).
 */
public final class ConsoleSession {

    private final String id;
    private final String csrfToken;
    private final Operator operator;
    private final Instant createdAt;
    private volatile Instant lastSeenAt;
    private volatile String flash;

    ConsoleSession(String id, String csrfToken, Operator operator, Instant now) {
        this.id = id;
        this.csrfToken = csrfToken;
        this.operator = operator;
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    public String id() {
        return id;
    }

    public String csrfToken() {
        return csrfToken;
    }

    /** The operator; empty before login. */
    public Optional<Operator> operator() {
        return Optional.ofNullable(operator);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastSeenAt() {
        return lastSeenAt;
    }

    void seen(Instant now) {
        lastSeenAt = now;
    }

    /** Whether the token sent with a form is this session's, compared in constant time. */
    public boolean acceptsCsrf(String presented) {
        return presented != null && MessageDigest.isEqual(csrfToken.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    /** Keeps a message for the next page. */
    public void flash(String message) {
        flash = message;
    }

    /** The message kept for this page, once. */
    public Optional<String> takeFlash() {
        String message = flash;
        flash = null;
        return Optional.ofNullable(message);
    }
}
