package com.cpay.platform.app.api.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.cpay.platform.app.support.CommittedPacts;
import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.app.support.Webhooks;
import com.cpay.platform.sandbox.SandboxControl;
import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.fault.FaultSpec;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provider side of the API contracts: every consumer's pact in {@code contracts/pacts/api} (cpay-internal-client's
 * facade, and any other team's that is added there) is replayed against the running application (sandbox mode, real
 * HTTP, the development token added to each request). Each provider state drives the app into the situation through
 * its own API, the embedded simulator and C-Pay's webhook endpoint. A failing interaction is reported as
 * "consumer - Upon description" with the mismatches, so the broken expectation and its owner are named.
 */
@Provider(InternalApiProviderPactTest.PROVIDER)
@PactFolder("../contracts/pacts/api")
class InternalApiProviderPactTest {

    static final String PROVIDER = "cpay-platform-api";
    private static final Path COMMITTED = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolveSibling("contracts").resolve("pacts").resolve("api");
    private static final AtomicInteger VERIFIED = new AtomicInteger();

    private static TestApp app;
    private static SandboxControl simulator;
    private static Http http;

    @BeforeAll
    static void startApp() {
        app = TestApp.startForProviderStates();
        simulator = app.simulator();
        http = new Http(app.url());
    }

    @AfterAll
    static void everyCommittedInteractionWasVerified() throws IOException {
        try {
            assertThat(VERIFIED.get()).as("interactions verified").isEqualTo(CommittedPacts.interactions(COMMITTED, PROVIDER));
        } finally {
            app.close();
        }
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("localhost", app.url().getPort()));
        simulator.clearFaults();
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context, HttpRequest request) {
        // consumers do not record their token: the provider's test supplies one the app accepts
        request.setHeader("Authorization", Http.bearer());
        // consumers match the key by pattern and record an example, the same in many files: replayed as recorded, a
        // second consumer's POST would reuse another's key (422 idempotency-key-reused); each replay gets its own
        if (request.containsHeader("Idempotency-Key")) {
            request.setHeader("Idempotency-Key", UUID.randomUUID().toString());
        }
        try {
            context.verifyInteraction();
        } catch (AssertionError broken) {
            // the report shows only "verify(...)[n]": say whose expectation broke, and which
            throw new AssertionError("consumer " + context.getConsumer().getName() + " broke: interaction \""
                    + context.getInteraction().getDescription() + "\" (" + context.getInteraction().getProviderStates()
                    + ")\n" + broken.getMessage(), broken);
        }
        VERIFIED.incrementAndGet();
    }

    // ------------------------------------------------------------------ provider states

    /** params: merchantTradeNo, status (PENDING, PROCESSING, COMPLETED, CLOSED); a USDT deposit of 1.5. */
    @State("an order exists in a status")
    void orderInStatus(Map<String, Object> params) {
        String tradeNo = (String) params.get("merchantTradeNo");
        String status = (String) params.get("status");
        deposit(tradeNo);
        if (!"PENDING".equals(status)) {
            simulator.moveOrder(simulator.orderByTradeNo(tradeNo).orderId(), status);
            HttpResponse<String> refreshed = http.postJson("/api/v1/orders/" + tradeNo + "/refresh", "");
            assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
            assertThat(refreshed.body()).contains("\"status\":\"" + status + "\"");
        }
    }

    /** params: merchantTradeNo; C-Pay reported a status code the document does not define, so it waits for a person. */
    @State("an order needs review")
    void orderInReview(Map<String, Object> params) {
        String tradeNo = (String) params.get("merchantTradeNo");
        deposit(tradeNo);
        String orderId = simulator.orderByTradeNo(tradeNo).orderId();
        HttpResponse<String> answer = http.post("/cpay/webhooks",
                Webhooks.signedJson(Webhooks.notification(tradeNo, orderId, "99", "1.5"), Webhooks.KEY),
                "Content-Type", "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    @State("C-Pay refuses the next deposit")
    void cpayRefusesTheNextDeposit() {
        simulator.addFault(new FaultSpec("createOrder", FaultKind.ENVELOPE_ERROR, 1, null, null, null, 1L, "fail"));
    }

    // ------------------------------------------------------------------ helpers

    private static void deposit(String tradeNo) {
        if (http.get("/api/v1/orders/" + tradeNo, "Authorization", Http.bearer()).statusCode() == 200) {
            return; // set up by an earlier interaction of this run
        }
        HttpResponse<String> answer = http.postJson("/api/v1/deposits", "{\"userId\":\"pact-user\",\"merchantTradeNo\":\""
                + tradeNo + "\",\"cryptoCurrency\":\"USDT\",\"amount\":\"1.5\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }
}
