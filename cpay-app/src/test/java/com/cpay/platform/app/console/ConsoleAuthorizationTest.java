package com.cpay.platform.app.console;

import static com.cpay.platform.app.console.ConsoleClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.TestApp;
import io.micronaut.web.router.Router;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Who may reach which console route, through real HTTP on a running app: anonymous requests are sent to the login
 * page, a VIEWER reads but every action answers 403, and a form without the session's CSRF token answers 403. The
 * route lists below must name every console route the router has (a new route without a rule here fails).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleAuthorizationTest {

    static final String ORDER = "no-such-order-1";
    /** Every page (GET) and what it is reached with. */
    static final List<String> PAGES = List.of("/console", "/console/orders", "/console/orders/" + ORDER,
            "/console/review", "/console/webhooks", "/console/balances", "/console/reconciliation", "/console/audit",
            "/console/orders/" + ORDER + "/resubmit", "/console/simulator");
    /** Every action (POST) but login and logout. */
    static final List<String> ACTIONS = List.of("/console/orders/" + ORDER + "/refresh",
            "/console/orders/" + ORDER + "/reviewed", "/console/orders/" + ORDER + "/resubmit/preview",
            "/console/orders/" + ORDER + "/resubmit", "/console/orders/" + ORDER + "/close",
            "/console/webhooks/replay", "/console/simulator/move", "/console/simulator/faults",
            "/console/simulator/faults/clear");

    private TestApp app;

    @BeforeAll
    void start() {
        app = TestApp.start(ConsoleFixtures.accounts(Map.of("cpay.console.login.limit", "3",
                "cpay.webhooks.trusted-proxies", "127.0.0.1")));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void the_tests_name_every_console_route() {
        Set<String> routes = app.context().getBean(Router.class).uriRoutes()
                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate().toPathString())
                .filter(r -> r.contains(" /console") && !r.startsWith("HEAD "))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> named = new TreeSet<>();
        PAGES.forEach(p -> named.add("GET " + p.replace(ORDER, "{merchantTradeNo}")));
        ACTIONS.forEach(p -> named.add("POST " + p.replace(ORDER, "{merchantTradeNo}")));
        named.addAll(List.of("GET /console/login", "POST /console/login", "POST /console/logout"));

        assertThat(routes).isEqualTo(named);
    }

    @Test
    void anonymous_requests_are_sent_to_the_login_page() {
        ConsoleClient anonymous = new ConsoleClient(app.url());
        for (String page : PAGES) {
            HttpResponse<String> answer = anonymous.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(303);
            assertThat(answer.headers().firstValue("Location")).as(page).contains("/console/login");
        }
        for (String action : ACTIONS) {
            HttpResponse<String> answer = anonymous.post(action, form("note", "x", "reason", "x"), false);
            assertThat(answer.statusCode()).as(action).isEqualTo(303);
            assertThat(answer.headers().firstValue("Location")).as(action).contains("/console/login");
        }
        assertThat(anonymous.post("/console/logout", form(), false).statusCode()).isEqualTo(303);
        assertThat(anonymous.get("/console/login").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/console/static/console.css").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/console/static/..%2Forders").statusCode()).isEqualTo(303);
    }

    @Test
    void a_viewer_reads_every_page_and_every_action_is_forbidden() {
        ConsoleClient viewer = new ConsoleClient(app.url());
        assertThat(viewer.login("victor", "victor-password").statusCode()).isEqualTo(303);

        for (String page : List.of("/console/orders", "/console/review", "/console/webhooks", "/console/audit",
                "/console/reconciliation", "/console/simulator")) {
            assertThat(viewer.get(page).statusCode()).as(page).isEqualTo(200);
        }
        assertThat(viewer.get("/console/orders/" + ORDER).statusCode()).isEqualTo(404);
        assertThat(viewer.get("/console/orders/" + ORDER + "/resubmit").statusCode()).isEqualTo(403);
        for (String action : ACTIONS) {
            HttpResponse<String> answer = viewer.postFrom("/console/orders", action, form("note", "x", "reason", "x",
                    "key", "sha256:x", "merchantTradeNo", "x", "status", "CLOSED", "operation", "withdraw", "kind",
                    "HTTP_ERROR", "count", "1", "confirm", "yes"));
            assertThat(answer.statusCode()).as(action).isEqualTo(403);
            assertThat(answer.body()).contains("VIEWER");
        }
        assertThat(viewer.postFrom("/console/orders", "/console/logout", form()).statusCode()).isEqualTo(303);
        assertThat(viewer.get("/console/orders").statusCode()).as("logged out").isEqualTo(303);
    }

    @Test
    void a_form_without_the_sessions_csrf_token_is_refused() {
        ConsoleClient operator = new ConsoleClient(app.url());
        assertThat(operator.login("alice", "alice-password").statusCode()).isEqualTo(303);
        operator.get("/console/orders");

        for (String action : ACTIONS) {
            HttpResponse<String> noToken = operator.post(action, form("note", "x", "reason", "x"), false);
            HttpResponse<String> wrongToken = operator.post(action, form("note", "x", "_csrf", "forged"), false);
            assertThat(noToken.statusCode()).as(action).isEqualTo(403);
            assertThat(wrongToken.statusCode()).as(action).isEqualTo(403);
        }
        assertThat(operator.post("/console/logout", form(), false).statusCode()).isEqualTo(403);
        assertThat(operator.post("/console/orders/" + ORDER + "/refresh", form(), true).statusCode())
                .as("with the token it reaches the action: no such order").isEqualTo(404);

        ConsoleClient other = new ConsoleClient(app.url());
        other.get("/console/login");
        assertThat(other.post("/console/login", form("username", "alice", "password", "alice-password"), false)
                .statusCode()).as("a login form without its token").isEqualTo(403);
    }

    @Test
    void the_session_cookie_is_http_only_same_site_strict_and_a_login_starts_a_new_session() {
        ConsoleClient client = new ConsoleClient(app.url());
        HttpResponse<String> page = client.get("/console/login");
        String before = client.cookie();
        String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        HttpResponse<String> login = client.post("/console/login", form("username", "alice", "password",
                "alice-password"), true);

        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Path=/console")
                .doesNotContain("Secure");
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(client.cookie()).isNotEqualTo(before);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void failed_logins_are_limited_per_source_and_the_api_still_wants_its_bearer_token() {
        // from an address of its own (through the trusted proxy): the other tests log in from 127.0.0.1
        ConsoleClient guesser = new ConsoleClient(app.url(), "203.0.113.9");
        guesser.get("/console/login");
        for (int i = 0; i < 3; i++) {
            assertThat(guesser.post("/console/login", form("username", "alice", "password", "guess-" + i), true)
                    .statusCode()).isEqualTo(401);
        }
        HttpResponse<String> limited = guesser.post("/console/login", form("username", "alice", "password",
                "alice-password"), true);
        assertThat(limited.statusCode()).as("even the right password, once over the limit").isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();

        Http http = new Http(app.url());
        assertThat(http.get("/api/v1/orders").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/orders", "Cookie", guesser.cookie()).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/orders", "Authorization", Http.bearer()).statusCode()).isEqualTo(200);
        ConsoleClient elsewhere = new ConsoleClient(app.url(), "203.0.113.10");
        assertThat(elsewhere.login("alice", "alice-password").statusCode()).as("another source").isEqualTo(303);
    }
}
