package com.cpay.platform.sandbox.webhook;

import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junit5.MessageTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.cpay.platform.sandbox.SandboxServer;
import com.cpay.platform.sandbox.config.Merchant;
import com.cpay.platform.sandbox.config.MerchantRegistry;
import com.cpay.platform.sandbox.control.ControlModels.OrderCommand;
import com.cpay.platform.sandbox.control.ControlModels.OrderView;
import com.cpay.platform.sandbox.state.Order;
import com.cpay.platform.sandbox.state.OrderBook;
import com.cpay.platform.sandbox.support.DocumentSigner;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provider side of the webhook contract (contracts/README.md, "The webhook contract"): every message of the
 * committed webhook pact ({@code contracts/pacts/webhooks}, written by cpay-app's {@code NotificationContractTest})
 * is produced by the simulator and verified by pact-jvm ({@link MessageTestTarget}, one
 * {@link PactVerifyProvider} method per message description).
 *
 * <p>The simulator runs with the merchant and test key of {@code contracts/pact-merchant.properties}, lifecycle
 * paused. Provider states use its control API after a reset: the merchant's webhook format setting
 * ({@code PUT /sandbox/v1/merchants/{id}/webhook}, format only, no callback URL), an order put in the state the
 * notification reports ({@code POST /sandbox/v1/orders}), or a no-order deposit arriving at a user's address
 * ({@code POST /sandbox/v1/deposits}). Each message is then built for that order by {@link NotificationMessages}:
 * the simulator's {@link Notifications#fields} signed by the merchant's signer, in the merchant's body form. The
 * sign is also checked against the contract's key with an independent section 16 implementation. The test fails if
 * fewer messages were verified than the committed files hold.
 */
@Provider(NotificationProviderPactTest.PROVIDER)
@PactFolder("../contracts/pacts/webhooks")
class NotificationProviderPactTest {

    static final String PROVIDER = "cpay-notifications";

    // the message descriptions of the consumer (cpay-app NotificationContractTest)
    static final String DEPOSIT_COMPLETED = "a deposit order completed (14), with every section 15 field";
    static final String WITHDRAW_COMPLETED = "a withdraw completed (14)";
    static final String DEPOSIT_PROCESSING = "a deposit order processing (11)";
    static final String UNKNOWN_FIELD = "a deposit order completed (14), with a field the document does not name";
    static final String FEE_ZERO = "a deposit order completed (14) with fee 0";
    static final String NO_ORDER_DEPOSIT = "a no-order deposit to a user's address, without merchantTradeNo";
    static final String AS_JSON = ", as JSON";
    static final String AS_FORM = ", as a form";

    private static final Path CONTRACTS = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolveSibling("contracts");
    private static final AtomicInteger VERIFIED = new AtomicInteger();
    /** The order the current interaction's provider state put in place. */
    private static final AtomicReference<String> ORDER_ID = new AtomicReference<>();
    /** Fields the current interaction's provider state asks C-Pay to add. */
    private static final Map<String, String> EXTRA_FIELDS = new ConcurrentHashMap<>();

    private static SandboxServer sandbox;
    private static String merchantId;
    private static String secretKey;

    @BeforeAll
    static void startSimulator() throws IOException {
        Properties merchant = new Properties();
        try (Reader in = Files.newBufferedReader(CONTRACTS.resolve("pact-merchant.properties"), StandardCharsets.UTF_8)) {
            merchant.load(in);
        }
        merchantId = merchant.getProperty("merchantId");
        secretKey = merchant.getProperty("secretKey");
        sandbox = SandboxServer.start(Map.of(
                "cpay.sandbox.merchant-id", merchantId,
                "cpay.sandbox.secret-key", secretKey,
                "cpay.sandbox.lifecycle.auto-advance", "false",
                "cpay.sandbox.webhooks.max-attempts", "1",
                "cpay.sandbox.webhooks.timeout", "200ms"));
    }

    @AfterAll
    static void everyCommittedMessageWasVerified() throws IOException {
        try {
            assertThat(VERIFIED.get()).as("messages verified").isEqualTo(committedMessages());
        } finally {
            sandbox.close();
        }
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new MessageTestTarget(List.of(NotificationProviderPactTest.class.getPackageName())));
        sandbox.control().reset();
        ORDER_ID.set(null);
        EXTRA_FIELDS.clear();
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context) {
        context.verifyInteraction();
        VERIFIED.incrementAndGet();
    }

    // ------------------------------------------------------------------ provider states

    @State({"merchant 20003092 receives webhooks as json", "merchant 20003092 receives webhooks as form"})
    void webhookFormat(Map<String, Object> params) {
        assertThat(params.get("merchantId")).as("the contract's merchant is the simulator's").isEqualTo(merchantId);
        // the setting "configured in the merchant platform"; no callback URL: nothing is delivered anywhere
        var settings = sandbox.control().configureWebhook(merchantId, null, text(params, "format"));
        assertThat(settings.format()).isEqualTo(text(params, "format"));
    }

    @State({"an order pact-wh-deposit-14 exists in status 14", "an order pact-wh-withdraw-14 exists in status 14",
            "an order pact-wh-deposit-11 exists in status 11", "an order pact-wh-deposit-extra exists in status 14",
            "an order pact-wh-deposit-fee0 exists in status 14"})
    void orderExists(Map<String, Object> params) {
        assertThat(params.get("merchantId")).isEqualTo(merchantId);
        OrderView placed = sandbox.control().placeOrder(new OrderCommand(merchantId, text(params, "merchantTradeNo"),
                text(params, "kind"), text(params, "status"), null, text(params, "userId"), text(params, "currency"),
                text(params, "network"), text(params, "amount"), text(params, "receivedAmount"), text(params, "fee"),
                text(params, "hash"), null, null, text(params, "extInfo")));
        assertThat(placed.statusCode()).isEqualTo(text(params, "status"));
        ORDER_ID.set(placed.orderId());
    }

    @State("a deposit of 25 USDT arrives at the TRON(TRC-20) address of user pact-wh-user")
    void depositArrives(Map<String, Object> params) {
        assertThat(params.get("merchantId")).isEqualTo(merchantId);
        OrderView deposit = sandbox.control().deposit(text(params, "userId"), text(params, "network"),
                text(params, "currency"), text(params, "amount"), text(params, "hash"));
        assertThat(deposit.merchantTradeNo()).isNull();
        ORDER_ID.set(deposit.orderId());
    }

    /** The one thing the simulator cannot do by itself: a C-Pay that adds a field the document does not name. */
    @State("C-Pay adds the field confirmations to its notifications")
    void cpayAddsAField(Map<String, Object> params) {
        EXTRA_FIELDS.put(text(params, "name"), text(params, "value"));
    }

    // ------------------------------------------------------------------ the messages

    @PactVerifyProvider(DEPOSIT_COMPLETED + AS_JSON)
    MessageAndMetadata depositCompletedAsJson() {
        return notificationOfTheOrder();
    }

    @PactVerifyProvider(DEPOSIT_COMPLETED + AS_FORM)
    MessageAndMetadata depositCompletedAsForm() {
        return notificationOfTheOrder();
    }

    @PactVerifyProvider(WITHDRAW_COMPLETED + AS_JSON)
    MessageAndMetadata withdrawCompletedAsJson() {
        return notificationOfTheOrder();
    }

    @PactVerifyProvider(WITHDRAW_COMPLETED + AS_FORM)
    MessageAndMetadata withdrawCompletedAsForm() {
        return notificationOfTheOrder();
    }

    @PactVerifyProvider(DEPOSIT_PROCESSING + AS_JSON)
    MessageAndMetadata depositProcessingAsJson() {
        return notificationOfTheOrder();
    }

    @PactVerifyProvider(DEPOSIT_PROCESSING + AS_FORM)
    MessageAndMetadata depositProcessingAsForm() {
        return notificationOfTheOrder();
    }

    @PactVerifyProvider(UNKNOWN_FIELD + AS_JSON)
    MessageAndMetadata unknownFieldAsJson() {
        return notificationOfTheOrder();
    }

    @PactVerifyProvider(UNKNOWN_FIELD + AS_FORM)
    MessageAndMetadata unknownFieldAsForm() {
        return notificationOfTheOrder();
    }

    @PactVerifyProvider(FEE_ZERO + AS_JSON)
    MessageAndMetadata feeZeroAsJson() {
        return notificationOfTheOrder();
    }

    @PactVerifyProvider(FEE_ZERO + AS_FORM)
    MessageAndMetadata feeZeroAsForm() {
        return notificationOfTheOrder();
    }

    @PactVerifyProvider(NO_ORDER_DEPOSIT + AS_JSON)
    MessageAndMetadata noOrderDepositAsJson() {
        return notificationOfTheOrder();
    }

    @PactVerifyProvider(NO_ORDER_DEPOSIT + AS_FORM)
    MessageAndMetadata noOrderDepositAsForm() {
        return notificationOfTheOrder();
    }

    /** The notification of the order the provider state put in place, as the simulator would send it now. */
    private static MessageAndMetadata notificationOfTheOrder() {
        String orderId = ORDER_ID.get();
        assertThat(orderId).as("an order provider state ran").isNotNull();
        Order order = sandbox.context().getBean(OrderBook.class).find(orderId).orElseThrow();
        Merchant merchant = sandbox.context().getBean(MerchantRegistry.class).find(order.merchantId()).orElseThrow();
        NotificationMessages.Built built = NotificationMessages.build(order, merchant, Map.copyOf(EXTRA_FIELDS));
        assertThat(built.fields().get("sign")).as("a section 16 signature with the contract's key")
                .isIn(DocumentSigner.sign(built.fields(), secretKey), DocumentSigner.sign(withoutZeros(built.fields()), secretKey));
        return new MessageAndMetadata(built.body().getBytes(StandardCharsets.UTF_8), Map.of("contentType", built.contentType()));
    }

    /** The reading of C-Pay's PHP SDK (PHP empty() also drops "0"), accepted inbound too (docs/decisions.md, decision 21). */
    private static Map<String, String> withoutZeros(Map<String, String> fields) {
        Map<String, String> kept = new LinkedHashMap<>(fields);
        kept.values().removeIf("0"::equals);
        return kept;
    }

    private static String text(Map<String, Object> params, String name) {
        Object value = params.get(name);
        return value == null ? null : value.toString();
    }

    private static int committedMessages() throws IOException {
        JsonMapper json = JsonMapper.createDefault();
        int count = 0;
        try (Stream<Path> files = Files.list(CONTRACTS.resolve("pacts").resolve("webhooks"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Map<String, Object> pact = json.readValue(Files.readAllBytes(file), Argument.mapOf(String.class, Object.class));
                if (((Map<?, ?>) pact.get("provider")).get("name").equals(PROVIDER)) {
                    count += ((List<?>) pact.get("interactions")).size();
                }
            }
        }
        assertThat(count).as("messages in contracts/pacts/webhooks").isPositive();
        return count;
    }
}
