package com.cpay.platform.app.console;

import com.cpay.platform.app.security.BearerTokenFilter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards every console route before it runs. Outside the API's bearer tokens ({@link BearerTokenFilter} covers
 * {@code /api/**} only): the console has its own login and session cookie.
 * <ul>
 *   <li>the style sheet is public; so are the login page and the login form's POST (which still needs its CSRF
 *   token);</li>
 *   <li>any other route without a logged-in session is redirected to the login page (303);</li>
 *   <li>every POST but logout is an action: a {@link ConsoleRole#VIEWER} gets 403.</li>
 * </ul>
 * Every POST must also carry the session's CSRF token in its form field {@value #CSRF_FIELD}, else 403: checked
 * where the form is read ({@link ConsolePages#form}), since the body is read once, by the route (reading it here as
 * well raced with its release in the server and answered 503 now and then).
 * Every console answer says not to cache it, frame it or run scripts in it.
 */
@ServerFilter({"/console", "/console/**"})
public class ConsoleFilter implements Ordered {

    /** The form field that carries the CSRF token. */
    public static final String CSRF_FIELD = "_csrf";
    /** The request attribute holding the {@link ConsoleSession}, when the request has a live one. */
    public static final String SESSION = "cpay.console.session";
    /** Where anonymous requests are sent. */
    public static final String LOGIN = "/console/login";
    static final String LOGOUT = "/console/logout";
    static final String STATIC = "/console/static/";
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleFilter.class);

    private final ConsoleSessions sessions;

    public ConsoleFilter(ConsoleSessions sessions) {
        this.sessions = sessions;
    }

    @RequestFilter
    public CompletableFuture<@Nullable HttpResponse<?>> guard(HttpRequest<?> request) {
        String path = request.getPath();
        // the style sheet only: a path that could step out of the folder is guarded like any other
        if (path.startsWith(STATIC) && !path.contains("..") && !path.contains("%")) {
            return CompletableFuture.completedFuture(null);
        }
        Optional<ConsoleSession> session = request.getCookies().findCookie(ConsoleCookies.NAME)
                .flatMap(cookie -> sessions.find(cookie.getValue()));
        session.ifPresent(s -> request.setAttribute(SESSION, s));
        boolean post = request.getMethod() == HttpMethod.POST;
        if (path.equals(LOGIN) && !post) {
            return CompletableFuture.completedFuture(null);
        }
        Optional<Operator> operator = session.flatMap(ConsoleSession::operator);
        if (!path.equals(LOGIN) && operator.isEmpty()) {
            return CompletableFuture.completedFuture(HttpResponse.seeOther(URI.create(LOGIN)));
        }
        if (!post) {
            return CompletableFuture.completedFuture(null);
        }
        if (operator.isPresent() && !operator.get().role().mayAct() && !path.equals(LOGOUT)) {
            LOG.info("console: {} ({}) may not {} {}", operator.get().name(), operator.get().role(),
                    request.getMethodName(), path);
            return CompletableFuture.completedFuture(forbidden("Your role, VIEWER, may read every page but take no "
                    + "action. Ask for an OPERATOR account to act on orders."));
        }
        // the CSRF token is checked where the form is read, once: ConsolePages.form
        return CompletableFuture.completedFuture(null);
    }

    @ResponseFilter
    public void headers(MutableHttpResponse<?> response) {
        response.header("Cache-Control", "no-store");
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "same-origin");
        response.header("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self';"
                + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    }

    /** A plain page of its own: the request never reached a controller that could render one. */
    static MutableHttpResponse<String> forbidden(String message) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not allowed - C-Pay"
                + " console</title><link rel=\"stylesheet\" href=\"/console/static/console.css\"></head><body><main>"
                + "<h1>Not allowed</h1><p class=\"flash error\" role=\"alert\">" + message + "</p>"
                + "<p><a href=\"/console/orders\">Back to the orders</a></p></main></body></html>";
        return HttpResponse.<String>status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_HTML_TYPE).body(html);
    }

    @Override
    public int getOrder() {
        return BearerTokenFilter.ORDER;
    }
}
