package com.cpay.platform.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.app.support.Await;
import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.Orders;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.app.support.Webhooks;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The console in a real browser: Debian's chromium driven through its chromium-driver by Selenium, headless, with
 * a new profile each run. An operator logs in, finds a lost payout in the review queue, resubmits it through the
 * confirmation page and finds the resubmission in the audit log; a viewer sees no action; a form whose CSRF token was
 * removed is refused. Every page visited is saved as a PNG under {@code target/console-screenshots/} (not committed),
 * so a failure can be seen. Skipped, saying why, where chromium or chromedriver is not installed (CHROMIUM and
 * CHROMEDRIVER name other paths); {@code .ci/run} installs them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
    private static final String TRON_ADDRESS = ConsoleFixtures.TRON_ADDRESS;
    private static final Path SHOTS = Paths.get("target", "console-screenshots");
    private static final Duration PAGE_LOAD = Duration.ofSeconds(20);

    private TestApp app;
    private WebDriver browser;
    private Path profile;
    private String lost;
    private String closable;
    private String unmatched;
    private String waiting;
    private int shot;

    @BeforeAll
    void start() throws IOException {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER + " (apt-get install chromium "
                        + "chromium-driver; .ci/run installs them)");
        app = TestApp.start(ConsoleFixtures.accounts(Map.of()));
        orders();
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("cpay-console-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-background-networking", "--disable-gpu",
                "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void an_operator_finds_a_lost_payout_in_review_resubmits_it_and_sees_it_in_the_audit_log() {
        logIn("alice", "alice-password");
        assertThat(browser.getCurrentUrl()).endsWith("/console/orders");
        screenshot("orders");

        follow(By.linkText("Review queue"));
        screenshot("review-queue");
        follow(By.linkText(lost));
        assertThat(text()).contains("needs review").contains("outcome unknown").contains(TRON_ADDRESS);
        screenshot("order-in-review");

        follow(By.partialLinkText("Resubmit to C-Pay"));
        browser.findElement(By.id("reason")).sendKeys("C-Pay support confirmed no payout " + lost + " exists");
        follow(By.cssSelector("button[type=submit]:not(.secondary)"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Confirm");
        assertThat(text()).contains("withdraw (crypto payout)").contains(TRON_ADDRESS).contains("totalAmount")
                .contains("receivedAmount").contains(lost);
        screenshot("resubmit-confirmation");

        follow(By.id("confirm-resubmit"));
        awaitPage("/console/orders/" + lost);
        assertThat(text()).contains("Resubmission:").contains("RESUBMIT_RESULT");
        screenshot("order-after-resubmit");

        follow(By.linkText("Audit log"));
        List<WebElement> rows = browser.findElements(By.cssSelector("table.list tbody tr"));
        assertThat(rows).extracting(WebElement::getText)
                .anySatisfy(r -> assertThat(r).contains("RESUBMIT_CONFIRMED").contains(lost)
                        .contains("C-Pay support confirmed"))
                .anySatisfy(r -> assertThat(r).contains("RESUBMIT_RESULT").contains(lost).contains("alice"));
        screenshot("audit-log");

        follow(By.linkText("Webhook inbox"));
        screenshot("webhook-inbox");
        follow(By.linkText("Balances"));
        assertThat(text()).contains("USDT");
        screenshot("balances");
        logOut();
    }

    @Test
    void an_operator_reads_an_orders_calls_and_events_closes_a_lost_payout_replays_a_notification_and_uses_the_simulator() {
        logIn("alice", "alice-password");
        follow(By.linkText("Orders"));
        String ordinary = browser.findElements(By.cssSelector("table.list tbody td.id a")).stream()
                .map(WebElement::getText).filter(id -> !id.startsWith("lost-")).findFirst().orElseThrow();
        follow(By.linkText(ordinary));
        assertThat(text()).contains("C-Pay calls").contains("createOrder").contains("accepted").contains("Events")
                .contains("order.created").contains("Metadata").contains("shopOrder");
        screenshot("order-calls-events");

        follow(By.linkText("Review queue"));
        follow(By.linkText(closable));
        assertThat(text()).contains("withdraw").contains("no answer");
        browser.findElement(By.id("close-note")).sendKeys("C-Pay support: no withdrawal " + closable + "; user told");
        browser.findElement(By.id("close-confirm")).click();
        screenshot("order-close-form");
        follow(By.id("close-order"));
        awaitPage("/console/orders/" + closable);
        assertThat(text()).contains("Close: closed; the order is CLOSED, nothing sent to C-Pay")
                .contains("CLOSED_BY_OPERATOR").doesNotContain("Close the order");
        screenshot("order-closed");

        follow(By.linkText("Webhook inbox"));
        assertThat(text()).contains(unmatched);
        screenshot("webhook-inbox-replay");
        follow(By.xpath("//tr[contains(., '" + unmatched + "')]//button[text()='Replay']"));
        awaitPage("/console/webhooks?state=UNMATCHED");
        assertThat(text()).contains("still matches no order");

        follow(By.linkText("Reconciliation"));
        assertThat(text()).contains("Awaiting reconciliation").contains("Orders of unknown outcome").contains(waiting);
        screenshot("reconciliation");

        follow(By.linkText("Simulator"));
        browser.findElement(By.cssSelector("#fault-operation option[value='getOrderDetail']")).click();
        browser.findElement(By.cssSelector("#fault-kind option[value='HTTP_ERROR']")).click();
        follow(By.id("fault-submit"));
        awaitPage("/console/simulator");
        assertThat(text()).contains("added: the next 1 getOrderDetail calls get HTTP_ERROR");
        screenshot("simulator");
        follow(By.xpath("//button[text()='Clear every fault']"));
        awaitPage("/console/simulator");
        assertThat(text()).contains("No fault is active");

        follow(By.linkText("Audit log"));
        assertThat(text()).contains("CLOSE").contains("REPLAY_NOTIFICATION").contains("SIMULATOR_FAULT");
        logOut();
    }

    @Test
    void a_viewer_sees_no_action_and_cannot_reach_one() {
        logIn("victor", "victor-password");
        browser.get(app.url() + "/console/orders/" + lost);
        assertThat(browser.findElements(By.tagName("button"))).extracting(WebElement::getText)
                .containsExactly("Log out");
        assertThat(browser.findElements(By.partialLinkText("Resubmit"))).isEmpty();
        screenshot("viewer-order");

        browser.get(app.url() + "/console/orders/" + lost + "/resubmit");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        assertThat(text()).contains("VIEWER");
        screenshot("viewer-refused");
        browser.get(app.url() + "/console/orders");
        logOut();
    }

    @Test
    void a_form_whose_csrf_token_was_removed_is_refused() {
        logIn("alice", "alice-password");
        browser.get(app.url() + "/console/orders/" + lost);
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('input[name=_csrf]').forEach(function (e) { e.remove(); });");
        follow(By.xpath("//button[text()='Refresh from C-Pay']"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        assertThat(text()).contains("security token");
        screenshot("csrf-refused");
        browser.get(app.url() + "/console/orders");
        logOut();
    }

    private void logIn(String name, String password) {
        browser.manage().deleteAllCookies();
        browser.get(app.url() + "/console/orders");
        assertThat(browser.getCurrentUrl()).as("anonymous: the login page").endsWith("/console/login");
        if (shot == 0) {
            screenshot("login");
        }
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
        follow(By.cssSelector("button[type=submit]"));
        awaitPage("/console/orders");
        assertThat(text()).contains(name);
    }

    private void logOut() {
        follow(By.xpath("//button[text()='Log out']"));
        awaitPage("/console/login");
    }

    /**
     * Clicks a link or a form's button and waits until the browser has left the page for the next one and loaded it.
     * A click only starts the navigation: reading the page straight after it can read the old page, or an element of
     * it that the new page has just replaced (a stale element, which failed a CI run once).
     */
    private void follow(By target) {
        WebElement before = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        Await.until(() -> pageAfterClicking(target, before), page -> page.endsWith(": complete"), PAGE_LOAD);
    }

    /** Where the browser is after the click: still on the old page, or on the next one with its load state. */
    private String pageAfterClicking(By target, WebElement before) {
        try {
            before.getTagName();
            return "still the page clicked on, " + target;
        } catch (StaleElementReferenceException left) {
            return "the page after clicking " + target + ": "
                    + ((JavascriptExecutor) browser).executeScript("return document.readyState;");
        }
    }

    /** Checks the page a form sent the browser to, once {@link #follow} has seen it load (after redirects). */
    private void awaitPage(String path) {
        Await.until(browser::getCurrentUrl, url -> url.endsWith(path), PAGE_LOAD);
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /**
     * The window as a laptop shows it, and when the page is longer, the whole page as well (up to 4000 pixels high,
     * {@code -full}), so that a section below the fold can be seen too.
     */
    private void screenshot(String name) {
        String prefix = String.format("%02d-%s", ++shot, name);
        save(prefix + ".png");
        int height = ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight;")).intValue();
        if (height > 900) {
            browser.manage().window().setSize(new Dimension(1366, Math.min(4000, height)));
            try {
                save(prefix + "-full.png");
            } finally {
                browser.manage().window().setSize(new Dimension(1366, 900));
            }
        }
    }

    private void save(String file) {
        try {
            File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), SHOTS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A few ordinary orders with metadata, three payouts whose answer was lost, flagged for review, and a verified
     * notification that matches no order.
     */
    private void orders() {
        Http http = new Http(app.url());
        for (int i = 0; i < 3; i++) {
            assertThat(http.postJson("/api/v1/deposits", "{\"userId\":\"user-" + i + "\",\"cryptoCurrency\":\"USDT\","
                    + "\"amount\":\"" + (25 + i) + ".5\",\"metadata\":{\"shopOrder\":\"A-10" + i + "\"}}").statusCode())
                    .isEqualTo(201);
        }
        lost = ConsoleFixtures.lostPayout(app, "lost-wd");
        closable = ConsoleFixtures.lostPayout(app, "lost-close");
        waiting = ConsoleFixtures.lostPayout(app, "lost-wait");
        unmatched = Orders.tradeNo("never-issued");
        assertThat(http.post("/cpay/webhooks", Webhooks.signedJson(Webhooks.notification(unmatched,
                "9" + System.nanoTime(), "14", "25"), Webhooks.KEY), "Content-Type", "application/json").statusCode())
                .isEqualTo(200);
    }
}
