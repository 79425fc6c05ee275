package com.cpay.platform.app.console;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), path
 * {@code /console}, and Secure when the request came over TLS, or always with {@code cpay.console.secure-cookie=true}
 * (behind a proxy that ends TLS).
 */
@Singleton
public class ConsoleCookies {

    /** The cookie's name. */
    public static final String NAME = "cpay_console";

    private final boolean alwaysSecure;
    private final ConsoleSessions sessions;

    public ConsoleCookies(@Value("${cpay.console.secure-cookie:false}") boolean alwaysSecure, ConsoleSessions sessions) {
        this.alwaysSecure = alwaysSecure;
        this.sessions = sessions;
    }

    /** The cookie that carries this session. */
    public Cookie of(HttpRequest<?> request, ConsoleSession session) {
        return Cookie.of(NAME, session.id()).httpOnly(true).sameSite(SameSite.Strict).path("/console")
                .secure(alwaysSecure || request.isSecure()).maxAge(sessions.maxAge());
    }

    /** The cookie that removes the session's from the browser. */
    public Cookie cleared(HttpRequest<?> request) {
        return Cookie.of(NAME, "").httpOnly(true).sameSite(SameSite.Strict).path("/console")
                .secure(alwaysSecure || request.isSecure()).maxAge(0);
    }
}
