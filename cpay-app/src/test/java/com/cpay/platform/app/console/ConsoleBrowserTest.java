package com.cpay.platform.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.Orders;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.sandbox.SandboxControl;
import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.fault.FaultSpec;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

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
    private static final String TRON_ADDRESS = "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw";
    private static final Path SHOTS = Paths.get("target", "console-screenshots");

    private TestApp app;
    private WebDriver browser;
    private Path profile;
    private String lost;
    private int shot;

    @BeforeAll
    void start() throws IOException {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER + " (apt-get install chromium "
                        + "chromium-driver; .ci/run installs them)");
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        app = TestApp.start(Map.of(
                "cpay.console.operators.alice.password-hash", bcrypt.encode("alice-password"),
                "cpay.console.operators.alice.role", "OPERATOR",
                "cpay.console.operators.victor.password-hash", bcrypt.encode("victor-password"),
                "cpay.console.operators.victor.role", "VIEWER"));
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

        browser.findElement(By.linkText("Review queue")).click();
        screenshot("review-queue");
        browser.findElement(By.linkText(lost)).click();
        assertThat(text()).contains("needs review").contains("outcome unknown").contains(TRON_ADDRESS);
        screenshot("order-in-review");

        browser.findElement(By.partialLinkText("Resubmit to C-Pay")).click();
        browser.findElement(By.id("reason")).sendKeys("C-Pay support confirmed no payout " + lost + " exists");
        browser.findElement(By.cssSelector("button[type=submit]:not(.secondary)")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Confirm");
        assertThat(text()).contains("withdraw (crypto payout)").contains(TRON_ADDRESS).contains("totalAmount")
                .contains("receivedAmount").contains(lost);
        screenshot("resubmit-confirmation");

        browser.findElement(By.id("confirm-resubmit")).click();
        awaitPage("/console/orders/" + lost);
        assertThat(text()).contains("Resubmission:").contains("RESUBMIT_RESULT");
        screenshot("order-after-resubmit");

        browser.findElement(By.linkText("Audit log")).click();
        List<WebElement> rows = browser.findElements(By.cssSelector("table.list tbody tr"));
        assertThat(rows).extracting(WebElement::getText)
                .anySatisfy(r -> assertThat(r).contains("RESUBMIT_CONFIRMED").contains(lost)
                        .contains("C-Pay support confirmed"))
                .anySatisfy(r -> assertThat(r).contains("RESUBMIT_RESULT").contains(lost).contains("alice"));
        screenshot("audit-log");

        browser.findElement(By.linkText("Webhook inbox")).click();
        screenshot("webhook-inbox");
        browser.findElement(By.linkText("Balances")).click();
        assertThat(text()).contains("USDT");
        screenshot("balances");
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
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('input[name=_csrf]').forEach(function (e) { e.remove(); });");
        browser.findElement(By.xpath("//button[text()='Refresh from C-Pay']")).click();

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
        browser.findElement(By.id("password")).submit();
        awaitPage("/console/orders");
        assertThat(text()).contains(name);
    }

    private void logOut() {
        browser.findElement(By.xpath("//button[text()='Log out']")).click();
        awaitPage("/console/login");
    }

    /** Waits for the page a form sent the browser to (the resubmission asks C-Pay before it answers). */
    private void awaitPage(String path) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!browser.getCurrentUrl().endsWith(path) && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(browser.getCurrentUrl()).endsWith(path);
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void screenshot(String name) {
        try {
            File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), SHOTS.resolve(String.format("%02d-%s.png", ++shot, name)),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A few ordinary orders, and one payout whose answer was lost, flagged for review. */
    private void orders() {
        Http http = new Http(app.url());
        SandboxControl simulator = app.simulator();
        for (int i = 0; i < 3; i++) {
            assertThat(http.postJson("/api/v1/deposits", "{\"userId\":\"user-" + i + "\",\"cryptoCurrency\":\"USDT\","
                    + "\"amount\":\"" + (25 + i) + ".5\"}").statusCode()).isEqualTo(201);
        }
        lost = Orders.tradeNo("lost-wd");
        simulator.autoAdvance(false);
        simulator.addFault(new FaultSpec("withdraw", FaultKind.DROP_CONNECTION, 1, null, null, null, null, null));
        // getOrderDetail answers C-Pay's generic code 1: no proof either way, so the outcome stays unknown
        simulator.addFault(new FaultSpec("getOrderDetail", FaultKind.ENVELOPE_ERROR, 20, null, null, null, 1L,
                "fail"));
        assertThat(http.postJson("/api/v1/payouts/crypto", "{\"userId\":\"2345\",\"merchantTradeNo\":\"" + lost
                + "\",\"cryptoCurrency\":\"USDT\",\"network\":\"TRON(TRC-20)\",\"toAddress\":\"" + TRON_ADDRESS
                + "\",\"totalAmount\":\"10\",\"receivedAmount\":\"9\"}").statusCode()).isEqualTo(503);
        simulator.clearFaults();
        // as reconciliation does once its lookups are used up (ReviewReason.OUTCOME_UNKNOWN)
        LoadOrderPort load = app.context().getBean(LoadOrderPort.class);
        Order order = load.findByMerchantTradeNo(new MerchantTradeNo(lost)).orElseThrow();
        order.flagForReview(ReviewReason.OUTCOME_UNKNOWN, "getOrderDetail did not show it after 8 lookups",
                Instant.now());
        app.context().getBean(SaveOrderPort.class).update(order);
    }
}
