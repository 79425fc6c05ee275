package com.cpay.platform.app.webhook;

import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.consumer.junit5.ProviderType;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.annotations.PactDirectory;
import com.cpay.platform.adapter.http.signing.SecretKey;
import com.cpay.platform.adapter.http.signing.SignatureVerifier;
import com.cpay.platform.adapter.http.webhook.CpayWebhookVerifier;
import com.cpay.platform.adapter.http.webhook.WebhookVerdict;
import com.cpay.platform.app.webhook.NotificationExample.BodyForm;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.order.CpayNotification;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consumer side of the webhook contract (contracts/README.md, "The webhook contract"): the section 15 notifications
 * C-Pay sends, as V4 asynchronous messages, each in both body forms of docs/decisions.md, decision 13. For every message the
 * body exactly as Pact generates it (signed with the contract's test key, {@link NotificationExample}) goes through
 * what the webhook use case runs on a request: the adapter's {@link CpayWebhookVerifier} (the bean of
 * {@code CpayGatewayFactory}, built here with the test key as {@code cpay.secret-key}), whose notification the use
 * case applies as read ({@link NotificationFields} writes it back field by field to compare). The
 * tests check what the application reads: ids, status (raw and known), hash, amounts as exact decimals, and that the
 * JSON and the form body of one notification read the same.
 *
 * <p>pact-jvm merges into an existing pact file, so the file of an earlier run is deleted first; interactions are
 * written sorted, hence a stable file that {@code WebhookPactUpToDateIT} compares with the committed one.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = WebhookContract.PROVIDER, providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V4)
@PactDirectory("target/pacts")
class NotificationContractTest {

    static final String DEPOSIT_COMPLETED = "a deposit order completed (14), with every section 15 field";
    static final String WITHDRAW_COMPLETED = "a withdraw completed (14)";
    static final String DEPOSIT_PROCESSING = "a deposit order processing (11)";
    static final String UNKNOWN_FIELD = "a deposit order completed (14), with a field the document does not name";
    static final String FEE_ZERO = "a deposit order completed (14) with fee 0";
    static final String NO_ORDER_DEPOSIT = "a no-order deposit to a user's address, without merchantTradeNo";

    private static final String USER = "pact-wh-user";
    private static final String TRON = "TRON(TRC-20)";
    private static final String CREATE_TIME = "1663155010000";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final CpayWebhookVerifier VERIFIER = verifier(WebhookContract.SECRET_KEY);
    private static final CpayWebhookVerifier OTHER_KEY_VERIFIER = verifier(WebhookContract.OTHER_KEY);

    @BeforeAll
    static void startFromNoPactFile() throws IOException {
        Files.deleteIfExists(WebhookContract.GENERATED_PACTS.resolve(WebhookContract.PACT_FILE));
    }

    private static CpayWebhookVerifier verifier(String key) {
        // what CpayGatewayFactory builds from cpay.secret-key (no previous keys)
        return new CpayWebhookVerifier(new SignatureVerifier(List.of(SecretKey.of(key))));
    }

    // ------------------------------------------------------------------ the notifications

    static final NotificationExample COMPLETED = new NotificationExample()
            .exact("merchantId", WebhookContract.MERCHANT_ID)
            .exact("merchantTradeNo", "pact-wh-deposit-14")
            .exact("merchantUserId", USER)
            .regex("orderId", NotificationExample.ORDER_ID, "221116112637772768014")
            .regex("orderStatus", NotificationExample.STATUS, "14")
            .regex("hash", NotificationExample.HASH, "3cc48a10d539c9209403958cb190e0b35c2d8cf2287438e4acffbe8f3a1a36db")
            .regex("actualAmount", NotificationExample.DECIMAL, "100.5")
            .regex("receivedAmount", NotificationExample.DECIMAL, "99.495")
            .regex("fee", NotificationExample.DECIMAL, "1.005")
            .exact("cryptoCurrency", "USDT")
            .exact("network", TRON)
            .type("remark", "paid in one transfer")
            .type("extInfo", "{\"cart\":\"A-1001\"}")
            .regex("createTime", NotificationExample.DIGITS, CREATE_TIME);

    static final NotificationExample WITHDRAW = new NotificationExample()
            .exact("merchantId", WebhookContract.MERCHANT_ID)
            .exact("merchantTradeNo", "pact-wh-withdraw-14")
            .exact("merchantUserId", USER)
            .regex("orderId", NotificationExample.ORDER_ID, "221116112637772768114")
            .regex("orderStatus", NotificationExample.STATUS, "14")
            .regex("hash", NotificationExample.HASH, "6714ea82042040b04a5bc708984444dc33c7b1cfd922a97499c80b4ca88e9f6a")
            .regex("actualAmount", NotificationExample.DECIMAL, "66.12345678")
            .regex("receivedAmount", NotificationExample.DECIMAL, "66.11115678")
            .regex("fee", NotificationExample.DECIMAL, "0.0123")
            .exact("cryptoCurrency", "USDT")
            .exact("network", TRON)
            .regex("createTime", NotificationExample.DIGITS, CREATE_TIME);

    static final NotificationExample PROCESSING = new NotificationExample()
            .exact("merchantId", WebhookContract.MERCHANT_ID)
            .exact("merchantTradeNo", "pact-wh-deposit-11")
            .exact("merchantUserId", USER)
            .regex("orderId", NotificationExample.ORDER_ID, "221116112637772768214")
            .regex("orderStatus", NotificationExample.STATUS, "11")
            .regex("hash", NotificationExample.HASH, "4cb455670168c29149aa30f878b70cb56274ac95e4f1db5187533fa15480512a")
            .regex("actualAmount", NotificationExample.DECIMAL, "20")
            .regex("receivedAmount", NotificationExample.DECIMAL, "19.8")
            .regex("fee", NotificationExample.DECIMAL, "0.2")
            .exact("cryptoCurrency", "USDT")
            .exact("network", TRON)
            .regex("createTime", NotificationExample.DIGITS, CREATE_TIME);

    static final String EXTRA_FIELD = "confirmations";

    static final NotificationExample WITH_UNKNOWN_FIELD = new NotificationExample()
            .exact("merchantId", WebhookContract.MERCHANT_ID)
            .exact("merchantTradeNo", "pact-wh-deposit-extra")
            .exact("merchantUserId", USER)
            .regex("orderId", NotificationExample.ORDER_ID, "221116112637772768314")
            .regex("orderStatus", NotificationExample.STATUS, "14")
            .regex("hash", NotificationExample.HASH, "615dac7576df8eef1f71ece63cb4cdb403f33fc9374e6ee66c568c04aa9da4a5")
            .regex("actualAmount", NotificationExample.DECIMAL, "30")
            .regex("receivedAmount", NotificationExample.DECIMAL, "29.7")
            .regex("fee", NotificationExample.DECIMAL, "0.3")
            .exact("cryptoCurrency", "USDT")
            .exact("network", TRON)
            .regex("createTime", NotificationExample.DIGITS, CREATE_TIME)
            .type(EXTRA_FIELD, "19");

    static final NotificationExample ZERO_FEE = new NotificationExample()
            .exact("merchantId", WebhookContract.MERCHANT_ID)
            .exact("merchantTradeNo", "pact-wh-deposit-fee0")
            .exact("merchantUserId", USER)
            .regex("orderId", NotificationExample.ORDER_ID, "221116112637772768414")
            .regex("orderStatus", NotificationExample.STATUS, "14")
            .regex("hash", NotificationExample.HASH, "a4e18e8361a6fccfa8e279d3b35f46aae1fc3742dff105020c07592ff88c01fc")
            .regex("actualAmount", NotificationExample.DECIMAL, "5")
            .regex("receivedAmount", NotificationExample.DECIMAL, "5")
            // exactly "0": not empty, so it is signed (the document's reading of docs/decisions.md, decision 21)
            .exact("fee", "0")
            .exact("cryptoCurrency", "USDT")
            .exact("network", TRON)
            .regex("createTime", NotificationExample.DIGITS, CREATE_TIME);

    static final NotificationExample NO_ORDER = new NotificationExample()
            .exact("merchantId", WebhookContract.MERCHANT_ID)
            // empty: no order of ours (docs/decisions.md, decision 15); empty values are not signed
            .exact("merchantTradeNo", "")
            .exact("merchantUserId", USER)
            .regex("orderId", NotificationExample.ORDER_ID, "221116112637772768514")
            .regex("orderStatus", NotificationExample.STATUS, "14")
            .regex("hash", NotificationExample.HASH, "2c425980bfd02e06c35e380648079cd90527335065d28013299bfc2876bca006")
            .regex("actualAmount", NotificationExample.DECIMAL, "25")
            .regex("receivedAmount", NotificationExample.DECIMAL, "25")
            .regex("fee", NotificationExample.DECIMAL, "0")
            .exact("cryptoCurrency", "USDT")
            .exact("network", TRON)
            .regex("createTime", NotificationExample.DIGITS, CREATE_TIME);

    // ------------------------------------------------------------------ provider states

    /** The merchant's webhook format setting at the provider (the simulator's config/WebhookFormat). */
    static String formatState(BodyForm form) {
        return "merchant " + WebhookContract.MERCHANT_ID + " receives webhooks as " + form.setting;
    }

    /** An order put in place at the provider in the state the notification reports. */
    static Map<String, Object> order(NotificationExample n, String kind) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("merchantId", WebhookContract.MERCHANT_ID);
        params.put("merchantTradeNo", n.example("merchantTradeNo"));
        params.put("kind", kind);
        params.put("status", n.example("orderStatus"));
        params.put("userId", n.example("merchantUserId"));
        params.put("currency", n.example("cryptoCurrency"));
        params.put("network", n.example("network"));
        params.put("amount", n.example("actualAmount"));
        params.put("receivedAmount", n.example("receivedAmount"));
        params.put("fee", n.example("fee"));
        params.put("hash", n.example("hash"));
        return params;
    }

    static String orderState(NotificationExample n) {
        return "an order " + n.example("merchantTradeNo") + " exists in status " + n.example("orderStatus");
    }

    /** The notification in both body forms: two interactions, each with the format state and the given states. */
    private static V4Pact bothForms(PactBuilder builder, String description, NotificationExample n,
                                    Map<String, Map<String, Object>> states) {
        for (BodyForm form : BodyForm.values()) {
            builder.given(formatState(form), Map.of("merchantId", WebhookContract.MERCHANT_ID, "format", form.setting));
            states.forEach(builder::given);
            builder.expectsToReceiveMessageInteraction(description + ", " + form.suffix,
                    interaction -> interaction.withContents(contents -> n.contents(contents, form)));
        }
        return builder.toPact();
    }

    private static Map<String, Map<String, Object>> states(String name, Map<String, Object> params) {
        return Map.of(name, params);
    }

    // ------------------------------------------------------------------ pacts and tests

    @Pact(consumer = WebhookContract.CONSUMER)
    V4Pact depositCompleted(PactBuilder builder) {
        Map<String, Object> order = order(COMPLETED, "createOrder");
        order.put("extInfo", COMPLETED.example("extInfo"));
        return bothForms(builder, DEPOSIT_COMPLETED, COMPLETED, states(orderState(COMPLETED), order));
    }

    @Test
    @PactTestFor(pactMethod = "depositCompleted")
    void a_completed_deposit_is_verified_and_every_field_is_read(V4Pact pact) {
        CpayNotification n = verifiedInBothForms(pact, COMPLETED);

        assertThat(n.merchantId().value()).isEqualTo(WebhookContract.MERCHANT_ID);
        assertThat(n.merchantTradeNo()).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo("pact-wh-deposit-14"));
        assertThat(n.merchantUserId()).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(USER));
        assertThat(n.orderId()).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo("221116112637772768014"));
        assertThat(n.orderStatus().raw()).isEqualTo("14");
        assertThat(n.orderStatus().status()).hasValue(OrderStatus.COMPLETED);
        assertThat(n.hash()).hasValueSatisfying(h -> assertThat(h.value()).isEqualTo(COMPLETED.example("hash")));
        assertThat(n.cryptoCurrency()).hasValue("USDT");
        assertThat(n.network()).hasValue(Network.TRON);
        assertThat(n.remark()).hasValue("paid in one transfer");
        assertThat(n.extInfo()).hasValue("{\"cart\":\"A-1001\"}");
        assertThat(n.createTime()).isEqualTo(Instant.ofEpochMilli(1663155010000L));
        assertThat(n.extraFields()).isEmpty();
        assertAmounts(n, "100.5", "99.495", "1.005");
    }

    @Pact(consumer = WebhookContract.CONSUMER)
    V4Pact withdrawCompleted(PactBuilder builder) {
        return bothForms(builder, WITHDRAW_COMPLETED, WITHDRAW, states(orderState(WITHDRAW), order(WITHDRAW, "withdraw")));
    }

    @Test
    @PactTestFor(pactMethod = "withdrawCompleted")
    void a_completed_withdraw_is_read_with_fee_equal_to_total_minus_received(V4Pact pact) {
        CpayNotification n = verifiedInBothForms(pact, WITHDRAW);

        assertThat(n.merchantTradeNo()).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo("pact-wh-withdraw-14"));
        assertThat(n.orderStatus().status()).hasValue(OrderStatus.COMPLETED);
        assertThat(n.hash()).hasValueSatisfying(h -> assertThat(h.value()).isEqualTo(WITHDRAW.example("hash")));
        ReportedAmounts amounts = assertAmounts(n, "66.12345678", "66.11115678", "0.0123");
        // docs/decisions.md, decision 26: the fee of a crypto withdrawal is totalAmount - receivedAmount
        assertThat(amounts.actualAmount().orElseThrow().minus(amounts.receivedAmount().orElseThrow()))
                .isEqualTo(amounts.fee().orElseThrow());
    }

    @Pact(consumer = WebhookContract.CONSUMER)
    V4Pact depositProcessing(PactBuilder builder) {
        return bothForms(builder, DEPOSIT_PROCESSING, PROCESSING, states(orderState(PROCESSING), order(PROCESSING, "createOrder")));
    }

    @Test
    @PactTestFor(pactMethod = "depositProcessing")
    void a_processing_deposit_is_read_as_processing(V4Pact pact) {
        CpayNotification n = verifiedInBothForms(pact, PROCESSING);

        assertThat(n.merchantTradeNo()).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo("pact-wh-deposit-11"));
        assertThat(n.orderStatus().raw()).isEqualTo("11");
        assertThat(n.orderStatus().status()).hasValue(OrderStatus.PROCESSING);
        assertAmounts(n, "20", "19.8", "0.2");
    }

    @Pact(consumer = WebhookContract.CONSUMER)
    V4Pact unknownField(PactBuilder builder) {
        Map<String, Map<String, Object>> states = new LinkedHashMap<>();
        states.put(orderState(WITH_UNKNOWN_FIELD), order(WITH_UNKNOWN_FIELD, "createOrder"));
        states.put("C-Pay adds the field " + EXTRA_FIELD + " to its notifications",
                Map.of("name", EXTRA_FIELD, "value", WITH_UNKNOWN_FIELD.example(EXTRA_FIELD)));
        return bothForms(builder, UNKNOWN_FIELD, WITH_UNKNOWN_FIELD, states);
    }

    @Test
    @PactTestFor(pactMethod = "unknownField")
    void a_field_the_document_does_not_name_is_kept_and_is_part_of_the_signature(V4Pact pact) {
        CpayNotification n = verifiedInBothForms(pact, WITH_UNKNOWN_FIELD);

        assertThat(n.extraFields()).isEqualTo(Map.of(EXTRA_FIELD, "19"));
        assertThat(n.orderStatus().status()).hasValue(OrderStatus.COMPLETED);
        assertAmounts(n, "30", "29.7", "0.3");
        // docs/decisions.md, decision 13: the unknown field is signed; without it the same sign no longer verifies
        for (V4Interaction.AsynchronousMessage message : messages(pact)) {
            Map<String, String> fields = fields(message);
            fields.remove(EXTRA_FIELD);
            byte[] stripped = encode(fields, contentType(message));
            assertThat(VERIFIER.check(stripped, contentType(message)))
                    .isEqualTo(new WebhookVerdict.Rejected(WebhookVerdict.Reason.SIGNATURE_MISMATCH,
                            "the sign does not match the fields with any accepted key"));
        }
    }

    @Pact(consumer = WebhookContract.CONSUMER)
    V4Pact feeZero(PactBuilder builder) {
        return bothForms(builder, FEE_ZERO, ZERO_FEE, states(orderState(ZERO_FEE), order(ZERO_FEE, "createOrder")));
    }

    @Test
    @PactTestFor(pactMethod = "feeZero")
    void a_fee_of_0_is_signed_and_read_as_zero(V4Pact pact) {
        CpayNotification n = verifiedInBothForms(pact, ZERO_FEE);

        assertThat(n.fee()).hasValue("0");
        ReportedAmounts amounts = assertAmounts(n, "5", "5", "0");
        assertThat(amounts.fee().orElseThrow().isZero()).isTrue();
        // "0" is not empty: the verified sign covers fee=0 (the document's reading, docs/decisions.md, decisions 16 and 21)
        assertThat(ZERO_FEE.signedExample().get("sign")).isNotEqualTo(DocumentSignature.sign(
                withoutFee(ZERO_FEE.signedExample()), WebhookContract.SECRET_KEY));
    }

    @Pact(consumer = WebhookContract.CONSUMER)
    V4Pact noOrderDeposit(PactBuilder builder) {
        Map<String, Object> deposit = new LinkedHashMap<>();
        deposit.put("merchantId", WebhookContract.MERCHANT_ID);
        deposit.put("userId", USER);
        deposit.put("network", TRON);
        deposit.put("currency", "USDT");
        deposit.put("amount", NO_ORDER.example("actualAmount"));
        deposit.put("hash", NO_ORDER.example("hash"));
        return bothForms(builder, NO_ORDER_DEPOSIT, NO_ORDER,
                states("a deposit of 25 USDT arrives at the " + TRON + " address of user " + USER, deposit));
    }

    @Test
    @PactTestFor(pactMethod = "noOrderDeposit")
    void a_no_order_deposit_is_read_without_merchant_trade_no_and_with_its_hash(V4Pact pact) {
        CpayNotification n = verifiedInBothForms(pact, NO_ORDER);

        // docs/decisions.md, decision 15: booked as a deposit only because merchantTradeNo is empty and a hash is present
        assertThat(n.merchantTradeNo()).isEmpty();
        assertThat(n.hash()).hasValueSatisfying(h -> assertThat(h.value()).isEqualTo(NO_ORDER.example("hash")));
        assertThat(n.merchantUserId()).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(USER));
        assertThat(n.orderStatus().status()).hasValue(OrderStatus.COMPLETED);
        assertAmounts(n, "25", "25", "0");
    }

    // ------------------------------------------------------------------ what every message must give

    /**
     * Both messages of the pact (JSON and form) as Pact generated them: their fields are the example's, their sign
     * is the section 16 HMAC of the other fields with the test key, the application's verifier accepts them with
     * that key and refuses them with another, and both read into the same notification, whose fields (as
     * {@link NotificationFields} writes them back) are the non-empty example fields.
     */
    private static CpayNotification verifiedInBothForms(V4Pact pact, NotificationExample example) {
        List<V4Interaction.AsynchronousMessage> messages = messages(pact);
        assertThat(messages).extracting(NotificationContractTest::contentType)
                .containsExactlyInAnyOrder(WebhookContract.JSON, WebhookContract.FORM);
        List<CpayNotification> read = new ArrayList<>();
        for (V4Interaction.AsynchronousMessage message : messages) {
            String contentType = contentType(message);
            byte[] body = message.getContents().getContents().getValue();
            Map<String, String> fields = fields(message);
            assertThat(fields).as("the fields of the %s message", contentType).isEqualTo(example.signedExample());
            assertThat(fields.get("sign")).isEqualTo(DocumentSignature.sign(fields, WebhookContract.SECRET_KEY));

            WebhookVerdict verdict = VERIFIER.check(body, contentType);
            assertThat(verdict).as("%s: %s", contentType, verdict).isInstanceOf(WebhookVerdict.Accepted.class);
            assertThat(OTHER_KEY_VERIFIER.check(body, contentType).accepted()).as("accepted with another key").isFalse();
            CpayNotification notification = ((WebhookVerdict.Accepted) verdict).notification();
            assertThat(NotificationFields.of(notification)).as("the fields the notification holds")
                    .isEqualTo(example.keptFields());
            read.add(notification);
        }
        assertThat(read.get(0)).as("the JSON and the form body read the same").isEqualTo(read.get(1));
        return read.get(0);
    }

    /** The amounts in USDT, as exact decimals, and their text exactly as sent. */
    private static ReportedAmounts assertAmounts(CpayNotification n, String actual, String received, String fee) {
        assertThat(n.actualAmount()).hasValue(actual);
        assertThat(n.receivedAmount()).hasValue(received);
        assertThat(n.fee()).hasValue(fee);
        ReportedAmounts amounts = n.toStatusEvent(Asset.USDT, Instant.now()).amounts();
        assertThat(amounts.actualAmount()).hasValue(usdt(actual));
        assertThat(amounts.receivedAmount()).hasValue(usdt(received));
        assertThat(amounts.fee()).hasValue(usdt(fee));
        return amounts;
    }

    private static Money usdt(String amount) {
        return new Money(new BigDecimal(amount), Asset.USDT);
    }

    private static Map<String, String> withoutFee(Map<String, String> fields) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.remove("fee");
        return copy;
    }

    private static List<V4Interaction.AsynchronousMessage> messages(V4Pact pact) {
        return pact.getInteractions().stream().map(i -> (V4Interaction.AsynchronousMessage) i).toList();
    }

    private static String contentType(V4Interaction.AsynchronousMessage message) {
        return String.valueOf(message.getContents().getMetadata().get("contentType"));
    }

    /** The message's fields, read independently of the application (Jackson, or URL decoding). */
    private static Map<String, String> fields(V4Interaction.AsynchronousMessage message) {
        String body = message.getContents().getContents().valueAsString();
        if (WebhookContract.JSON.equals(contentType(message))) {
            try {
                return JSON.readValue(body, new TypeReference<LinkedHashMap<String, String>>() { });
            } catch (IOException e) {
                throw new AssertionError("the JSON message is not an object of strings: " + body, e);
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static byte[] encode(Map<String, String> fields, String contentType) {
        try {
            String text = WebhookContract.JSON.equals(contentType) ? JSON.writeValueAsString(fields)
                    : fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
