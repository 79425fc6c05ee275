package com.cpay.platform.app.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logging in and out of the console. */
@Controller("/console")
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginController {

    private static final Logger LOG = LoggerFactory.getLogger(LoginController.class);

    private final ConsoleSessions sessions;
    private final ConsoleCookies cookies;
    private final OperatorAccounts accounts;
    private final LoginLimiter limiter;
    private final ConsolePages pages;

    LoginController(ConsoleSessions sessions, ConsoleCookies cookies, OperatorAccounts accounts, LoginLimiter limiter,
                    ConsolePages pages) {
        this.sessions = sessions;
        this.cookies = cookies;
        this.accounts = accounts;
        this.limiter = limiter;
        this.pages = pages;
    }

    @Get
    MutableHttpResponse<?> home() {
        return ConsolePages.redirect("/console/orders");
    }

    @Get("/login")
    MutableHttpResponse<?> loginPage(HttpRequest<?> request) {
        Optional<ConsoleSession> current = request.getAttribute(ConsoleFilter.SESSION, ConsoleSession.class);
        if (current.flatMap(ConsoleSession::operator).isPresent()) {
            return ConsolePages.redirect("/console/orders");
        }
        ConsoleSession session = current.orElseGet(sessions::anonymous);
        return login(request, session, HttpStatus.OK, "", "").cookie(cookies.of(request, session));
    }

    @Post("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> login(HttpRequest<?> request,
            @Nullable @Body Map<String, String> body) {
        Optional<Map<String, String>> form = ConsolePages.form(request, body);
        if (form.isEmpty()) {
            return ConsolePages.csrfRefused();
        }
        String username = form.get().get("username");
        String password = form.get().get("password");
        ConsoleSession before = ConsolePages.session(request);
        String source = pages.source(request);
        Optional<Duration> wait = limiter.wait(source);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            return login(request, before, HttpStatus.TOO_MANY_REQUESTS, username, "Too many failed logins from "
                    + "your address: try again in " + seconds + " seconds.")
                    .header("Retry-After", Long.toString(seconds));
        }
        Optional<Operator> operator = accounts.check(username, password);
        if (operator.isEmpty()) {
            limiter.failed(source);
            LOG.info("console: failed login from {}", source);
            return login(request, before, HttpStatus.UNAUTHORIZED, username, "Wrong name or password.");
        }
        ConsoleSession session = sessions.login(before, operator.get());
        pages.audit(request, operator.get(), AuditAction.LOGIN, Optional.empty(), Optional.empty(),
                "logged in as " + operator.get().role());
        LOG.info("console: {} logged in ({}) from {}", operator.get().name(), operator.get().role(), source);
        return ConsolePages.redirect("/console/orders").cookie(cookies.of(request, session));
    }

    @Post("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> logout(HttpRequest<?> request,
            @Nullable @Body Map<String, String> body) {
        Optional<Map<String, String>> form = ConsolePages.form(request, body);
        if (form.isEmpty()) {
            return ConsolePages.csrfRefused();
        }
        ConsoleSession session = ConsolePages.session(request);
        Operator operator = ConsolePages.operator(request);
        pages.audit(request, operator, AuditAction.LOGOUT, Optional.empty(), Optional.empty(), "logged out");
        sessions.end(session);
        return ConsolePages.redirect(ConsoleFilter.LOGIN).cookie(cookies.cleared(request));
    }

    private MutableHttpResponse<?> login(HttpRequest<?> request, ConsoleSession session, HttpStatus status,
                                         @Nullable String username, String error) {
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("title", "Log in");
        model.put("nav", "login");
        model.put("csrf", session.csrfToken());
        model.put("username", username == null ? "" : username);
        model.put("error", error);
        model.put("development", accounts.development());
        model.put("developmentOperator", OperatorAccounts.DEVELOPMENT_OPERATOR);
        model.put("developmentPassword", OperatorAccounts.DEVELOPMENT_PASSWORD);
        model.put("noAccounts", !accounts.any());
        return HttpResponse.status(status).body(new io.micronaut.views.ModelAndView<>("console/login", model));
    }
}
