package com.cpay.platform.app.console;

import com.cpay.platform.app.config.AppMode;
import com.cpay.platform.app.webhook.WebhookSources;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What every console page and action shares: the signed-in operator, the page's common model, the audit log. */
@Singleton
class ConsolePages {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConsolePages.class);

    private final AppMode mode;
    private final WebhookSources sources;
    private final ConsoleAuditLog audit;
    private final Clock clock;
    private final boolean simulator;

    ConsolePages(AppMode mode, WebhookSources sources, ConsoleAuditLog audit, Clock clock,
                 @Value("${cpay.sandbox.enabled:false}") boolean simulator) {
        this.mode = mode;
        // the simulator's pages exist only while it is embedded (SimulatorPages), which live mode refuses
        this.simulator = simulator && !mode.isLive();
        this.sources = sources;
        this.audit = audit;
        this.clock = clock;
    }

    /** The request's session; {@link ConsoleFilter} let no request without one through to a page. */
    static ConsoleSession session(HttpRequest<?> request) {
        return request.getAttribute(ConsoleFilter.SESSION, ConsoleSession.class).orElseThrow(
                () -> new IllegalStateException("a console page was reached without a session"));
    }

    static Operator operator(HttpRequest<?> request) {
        return session(request).operator().orElseThrow(
                () -> new IllegalStateException("a console page was reached without a login"));
    }

    /**
     * The POST's form when it carries the session's CSRF token; otherwise empty, and the caller answers
     * {@link #csrfRefused()}.
     */
    static Optional<Map<String, String>> form(HttpRequest<?> request, Map<String, String> body) {
        Map<String, String> fields = body == null ? Map.of() : body;
        Optional<ConsoleSession> session = request.getAttribute(ConsoleFilter.SESSION, ConsoleSession.class);
        if (session.isPresent() && session.get().acceptsCsrf(fields.get(ConsoleFilter.CSRF_FIELD))) {
            return Optional.of(fields);
        }
        LOG.info("console: {} {} refused: {}", request.getMethodName(), request.getPath(),
                session.isEmpty() ? "no session" : "no valid CSRF token");
        return Optional.empty();
    }

    /** The answer to a form without the session's CSRF token. */
    static MutableHttpResponse<?> csrfRefused() {
        return ConsoleFilter.forbidden("The form was not sent from this console's page (its security token is "
                + "missing or stale). Go back, reload the page and send it again.");
    }

    /** The model every page starts from: who is signed in, the CSRF token, the message kept for this page. */
    Map<String, Object> model(HttpRequest<?> request, String title, String nav) {
        ConsoleSession session = session(request);
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("nav", nav);
        model.put("csrf", session.csrfToken());
        model.put("sandbox", !mode.isLive());
        model.put("simulator", simulator);
        session.operator().ifPresent(o -> {
            model.put("operator", o.name());
            model.put("role", o.role().name());
            model.put("mayAct", o.role().mayAct());
        });
        model.put("flash", session.takeFlash().orElse(""));
        return model;
    }

    static MutableHttpResponse<?> page(String view, Map<String, Object> model) {
        return page(HttpStatus.OK, view, model);
    }

    static MutableHttpResponse<?> page(HttpStatus status, String view, Map<String, Object> model) {
        return HttpResponse.status(status).body(new ModelAndView<>("console/" + view, model));
    }

    static MutableHttpResponse<?> redirect(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }

    /** Where the request came from, as the webhook intake reads it (trusted proxies included). */
    String source(HttpRequest<?> request) {
        return sources.of(request);
    }

    /** Appends an action of the signed-in operator to the audit log. */
    void audit(HttpRequest<?> request, Operator operator, AuditAction action, Optional<String> merchantTradeNo,
               Optional<String> note, String outcome) {
        audit.append(AuditEntry.of(clock.instant(), operator, action, merchantTradeNo, note, outcome,
                Optional.of(sources.address(request))));
    }
}
