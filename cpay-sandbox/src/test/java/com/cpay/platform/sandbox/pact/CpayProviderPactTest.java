package com.cpay.platform.sandbox.pact;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.cpay.platform.sandbox.SandboxServer;
import com.cpay.platform.sandbox.control.ControlModels.OrderCommand;
import com.cpay.platform.sandbox.control.ControlModels.OrderView;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provider side of the C-Pay contract: every interaction of the committed pacts ({@code contracts/pacts}, written
 * by the consumer tests of cpay-adapter-http) is replayed against the simulator, started on a free port with the
 * merchant and key of {@code contracts/pact-merchant.properties}: the same key the consumer signed with, so the
 * simulator's signature check runs on every recorded request (and refuses the one signed with another key, as
 * the contract expects). Provider states are set up through the control API ({@code /sandbox/v1}) after a reset.
 * The lifecycle is paused: orders stay in the status the contract saw, and no webhook leaves.
 */
@Provider("cpay")
@PactFolder("../contracts/pacts")
class CpayProviderPactTest {

    private static final Path CONTRACTS = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolveSibling("contracts");
    private static final AtomicInteger VERIFIED = new AtomicInteger();

    private static SandboxServer sandbox;
    private static String merchantId;

    @BeforeAll
    static void startSimulator() throws IOException {
        Properties merchant = new Properties();
        try (Reader in = Files.newBufferedReader(CONTRACTS.resolve("pact-merchant.properties"), StandardCharsets.UTF_8)) {
            merchant.load(in);
        }
        merchantId = merchant.getProperty("merchantId");
        sandbox = SandboxServer.start(Map.of(
                "cpay.sandbox.merchant-id", merchantId,
                "cpay.sandbox.secret-key", merchant.getProperty("secretKey"),
                "cpay.sandbox.lifecycle.auto-advance", "false",
                "cpay.sandbox.webhooks.max-attempts", "1",
                "cpay.sandbox.webhooks.timeout", "200ms"));
    }

    @AfterAll
    static void everyCommittedInteractionWasVerified() throws IOException {
        try {
            assertThat(VERIFIED.get()).as("interactions verified").isEqualTo(committedInteractions());
        } finally {
            sandbox.close();
        }
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("127.0.0.1", sandbox.url().getPort()));
        sandbox.control().reset();
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context) {
        context.verifyInteraction();
        VERIFIED.incrementAndGet();
    }

    // ------------------------------------------------------------------ provider states

    @State("merchant 20003092 exists")
    void merchantExists(Map<String, Object> params) {
        assertThat(params.get("merchantId")).as("the contract's merchant is the simulator's").isEqualTo(merchantId);
    }

    @State("merchant 99999999 does not exist")
    void merchantUnknown(Map<String, Object> params) {
        assertThat(params.get("merchantId")).isNotEqualTo(merchantId);
        assertThat(sandbox.control().info().toString()).doesNotContain(params.get("merchantId").toString());
    }

    @State("merchant 20003092 has no USDT available")
    void noBalance(Map<String, Object> params) {
        merchantExists(params);
        sandbox.control().setBalance(params.get("asset").toString(), "0");
    }

    @State({"an order pact-deposit-dup exists in status 0", "an order pact-hosted-dup exists in status 0",
            "an order pact-pix-dup exists in status 11", "an order test901 exists in status 14",
            "a deposit with hash 7f5c0a1e9b3d4c2a8e6f0b1d3c5a7e9f1b3d5c7a9e1f3b5d7c9a1e3f5b7d9c1a exists"})
    void orderExists(Map<String, Object> params) {
        merchantExists(params);
        OrderView placed = sandbox.control().placeOrder(new OrderCommand(merchantId, text(params, "merchantTradeNo"),
                text(params, "kind"), text(params, "status"), null, text(params, "userId"), text(params, "currency"),
                null, text(params, "amount"), null, null, text(params, "hash"), null, null, null));
        assertThat(placed.statusCode()).isEqualTo(text(params, "status"));
    }

    @State("no order pact-missing exists")
    void noOrder(Map<String, Object> params) {
        merchantExists(params);
        assertThat(sandbox.control().orders()).noneMatch(o -> params.get("merchantTradeNo").equals(o.merchantTradeNo()));
    }

    private static String text(Map<String, Object> params, String name) {
        Object value = params.get(name);
        return value == null ? null : value.toString();
    }

    private static int committedInteractions() throws IOException {
        JsonMapper json = JsonMapper.createDefault();
        int count = 0;
        try (Stream<Path> files = Files.list(CONTRACTS.resolve("pacts"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Map<String, Object> pact = json.readValue(Files.readAllBytes(file), Argument.mapOf(String.class, Object.class));
                if (((Map<?, ?>) pact.get("provider")).get("name").equals("cpay")) {
                    count += ((List<?>) pact.get("interactions")).size();
                }
            }
        }
        return count;
    }
}
