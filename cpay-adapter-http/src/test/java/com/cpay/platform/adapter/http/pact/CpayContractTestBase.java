package com.cpay.platform.adapter.http.pact;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.annotations.PactDirectory;
import com.cpay.platform.domain.account.CpayAccountGateway;
import com.cpay.platform.domain.card.CpayCardGateway;
import com.cpay.platform.domain.deposit.CpayDepositGateway;
import com.cpay.platform.domain.exchange.CpayExchangeGateway;
import com.cpay.platform.domain.kyc.CpayKycGateway;
import com.cpay.platform.domain.reconciliation.CpayOrderQueryGateway;
import com.cpay.platform.domain.payout.CpayPayoutGateway;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Consumer side of the C-Pay contract. Each test drives the real adapter: the gateway port beans of
 * {@code CpayGatewayFactory} in a Micronaut context configured only through {@code cpay.*} and pointed at the
 * Pact mock server, so what is recorded is what the adapter puts on the wire and what it can read back.
 *
 * <p>Pact merges into an existing pact file; the first class of a run deletes the file of an earlier run, so
 * target/pacts holds exactly the interactions of this run (written sorted by pact-jvm, hence a stable order).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactContract.PROVIDER, pactVersion = PactSpecVersion.V3)
@PactDirectory("target/pacts")
abstract class CpayContractTestBase {

    static final String MERCHANT_EXISTS = "merchant 20003092 exists";

    private static final AtomicBoolean FRESH = new AtomicBoolean();

    @BeforeAll
    static void startFromNoPactFile() throws IOException {
        if (FRESH.compareAndSet(false, true)) {
            Files.deleteIfExists(PactContract.GENERATED_PACTS.resolve(PactContract.PACT_FILE));
        }
    }

    /** Provider-state parameters naming the merchant. */
    static Map<String, Object> merchant() {
        return Map.of("merchantId", PactContract.MERCHANT_ID);
    }

    /** The merchant of contracts/pact-merchant.properties is configured at the provider. */
    static PactDslWithState merchantExists(PactDslWithProvider builder) {
        return builder.given(MERCHANT_EXISTS, merchant());
    }

    /**
     * An order of the merchant, put in place at the provider as if it had got there (the simulator's
     * {@code POST /sandbox/v1/orders}).
     *
     * @param kind the operation that creates such an order (createOrder, withdraw, ...) or {@code deposit}
     */
    static PactDslWithState orderExists(PactDslWithProvider builder, String merchantTradeNo, String kind,
                                        String status, String currency, String amount) {
        Map<String, Object> params = new LinkedHashMap<>(merchant());
        params.put("merchantTradeNo", merchantTradeNo);
        params.put("kind", kind);
        params.put("status", status);
        params.put("userId", PactFixtures.USER);
        params.put("currency", currency);
        params.put("amount", amount);
        return builder.given("an order " + merchantTradeNo + " exists in status " + status, params);
    }

    static <T> T call(MockServer mock, Function<Ports, T> call) {
        return call(mock, Map.of(), call);
    }

    /** Runs one call on the ports of a fresh context pointed at the mock server, then closes the context. */
    static <T> T call(MockServer mock, Map<String, Object> overrides, Function<Ports, T> call) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("cpay.base-url", mock.getUrl());
        properties.put("cpay.merchant-id", PactContract.MERCHANT_ID);
        properties.put("cpay.secret-key", PactContract.SECRET_KEY);
        // one attempt: a retried GET would be an interaction the contract does not hold
        properties.put("cpay.http.get-retries", "1");
        properties.put("cpay.http.read-timeout", "10s");
        properties.putAll(overrides);
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            return call.apply(Ports.of(context));
        }
    }

    static Map<String, Object> merchantId(String merchantId) {
        return Map.of("cpay.merchant-id", merchantId);
    }

    static Map<String, Object> secretKey(String key) {
        return Map.of("cpay.secret-key", key);
    }

    /** The seven port beans, by port type only (how the application sees the adapter). */
    record Ports(CpayDepositGateway deposits, CpayCardGateway cards, CpayPayoutGateway payouts,
                 CpayExchangeGateway exchanges, CpayKycGateway kyc, CpayAccountGateway account,
                 CpayOrderQueryGateway orders) {

        static Ports of(ApplicationContext context) {
            return new Ports(context.getBean(CpayDepositGateway.class), context.getBean(CpayCardGateway.class),
                    context.getBean(CpayPayoutGateway.class), context.getBean(CpayExchangeGateway.class),
                    context.getBean(CpayKycGateway.class), context.getBean(CpayAccountGateway.class),
                    context.getBean(CpayOrderQueryGateway.class));
        }
    }
}
