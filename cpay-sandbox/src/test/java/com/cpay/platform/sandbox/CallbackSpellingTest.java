package com.cpay.platform.sandbox;

import com.cpay.platform.sandbox.journal.RequestRecord;
import com.cpay.platform.sandbox.journal.WebhookAttempt;
import com.cpay.platform.sandbox.support.CpayHttp;
import com.cpay.platform.sandbox.support.CpayHttp.Answer;
import com.cpay.platform.sandbox.support.SharedSandbox;
import com.cpay.platform.sandbox.support.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/decisions.md, decision 4: every operation that takes a callback URL takes it as {@code callbackURL} or
 * {@code callBackURL}, whatever the spec's spelling for it; the signature covers the parameter as received; the
 * request log says which spelling came; the webhooks go to that URL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallbackSpellingTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Map<String, Function<String, Map<String, String>>> OPERATIONS = new LinkedHashMap<>();

    static {
        OPERATIONS.put("withdraw", MerchantApiTest::withdraw);
        OPERATIONS.put("pwpp", tradeNo -> MerchantApiTest.pwpp(tradeNo, "4111111111111111"));
        OPERATIONS.put("createOrder", MerchantApiTest::createOrder);
        OPERATIONS.put("createFiatPayoutOrder", tradeNo -> MerchantApiTest.pix(tradeNo, "2", "payee@example.com"));
        OPERATIONS.put("createOrderByCreditCard", MerchantApiTest::cardOrder);
    }

    private SandboxServer sandbox;
    private CpayHttp cpay;
    private WebhookReceiver receiver;

    @BeforeAll
    void start() throws IOException {
        sandbox = SharedSandbox.get();
        cpay = new CpayHttp(sandbox.url(), sandbox.merchantId(), sandbox.secretKey());
        receiver = new WebhookReceiver();
    }

    @BeforeEach
    void clean() {
        sandbox.control().reset();
        sandbox.control().autoAdvance(false);
        receiver.clear();
        receiver.replyWith();
    }

    @AfterAll
    void stop() {
        receiver.close();
    }

    static Stream<Arguments> operationsAndSpellings() {
        return OPERATIONS.keySet().stream()
                .flatMap(operation -> Stream.of(Arguments.of(operation, "callbackURL"), Arguments.of(operation, "callBackURL")));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("operationsAndSpellings")
    void either_spelling_is_taken_reported_and_called_back(String operation, String spelling) {
        String tradeNo = MerchantApiTest.tradeNo();
        Map<String, String> parameters = new LinkedHashMap<>(OPERATIONS.get(operation).apply(tradeNo));
        parameters.put(spelling, receiver.url());

        Answer answer = cpay.post(operation, parameters);

        assertThat(answer.code()).as(answer.body()).isZero();
        String orderId = (String) answer.data().get("orderId");
        assertThat(lastRequest(operation).callbackParameter()).isEqualTo(spelling);
        assertThat(sandbox.control().order(orderId).callbackUrl()).isEqualTo(receiver.url());

        sandbox.control().moveOrder(orderId, "COMPLETED");
        WebhookAttempt delivered = sandbox.control().awaitWebhooks(w -> w.stream().anyMatch(a -> orderId.equals(a.orderId())
                && "delivered".equals(a.outcome())), WAIT).stream().filter(a -> orderId.equals(a.orderId())).findFirst().orElseThrow();
        assertThat(delivered.url()).isEqualTo(receiver.url());
        assertThat(receiver.received()).anySatisfy(r -> assertThat(r.body()).contains(tradeNo));
    }

    @Test
    void the_signature_covers_the_spelling_as_received_and_every_other_parameter() {
        Map<String, String> parameters = new LinkedHashMap<>(MerchantApiTest.withdraw(MerchantApiTest.tradeNo()));
        parameters.put("callBackURL", receiver.url());
        parameters.put("extInfo", "{\"sceneTag\":\"not in the withdraw table\"}");
        assertThat(cpay.post("withdraw", parameters).code()).isZero();

        Map<String, String> signedWithOther = new LinkedHashMap<>(MerchantApiTest.withdraw(MerchantApiTest.tradeNo()));
        signedWithOther.put("callBackURL", receiver.url());
        Map<String, String> sent = cpay.signed(signedWithOther);
        sent.remove("callBackURL");
        sent.put("callbackURL", receiver.url());

        Answer renamed = cpay.postRaw("withdraw", sent);
        assertThat(renamed.code()).as("signed as callBackURL, sent as callbackURL").isEqualTo(1);
        assertThat(renamed.msg()).startsWith("sign verification failed");
    }

    @Test
    void both_spellings_are_taken_when_they_agree_and_refused_when_they_differ() {
        Map<String, String> agree = new LinkedHashMap<>(MerchantApiTest.createOrder(MerchantApiTest.tradeNo()));
        agree.put("callbackURL", receiver.url());
        agree.put("callBackURL", receiver.url());
        assertThat(cpay.post("createOrder", agree).code()).isZero();
        assertThat(lastRequest("createOrder").callbackParameter()).isEqualTo("callbackURL,callBackURL");

        Map<String, String> differ = new LinkedHashMap<>(MerchantApiTest.createOrder(MerchantApiTest.tradeNo()));
        differ.put("callbackURL", receiver.url());
        differ.put("callBackURL", "https://elsewhere.example.com/cb");
        Answer refused = cpay.post("createOrder", differ);
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.msg()).isEqualTo("callbackURL and callBackURL are both given with different URLs; send one");
        assertThat(sandbox.control().orders()).hasSize(1);
    }

    @Test
    void an_over_long_callback_url_is_refused_under_either_spelling() {
        String tooLong = "https://merchant.example.com/" + "x".repeat(240);
        for (String spelling : new String[] {"callbackURL", "callBackURL"}) {
            Map<String, String> parameters = new LinkedHashMap<>(MerchantApiTest.withdraw(MerchantApiTest.tradeNo()));
            parameters.put(spelling, tooLong);
            Answer refused = cpay.post("withdraw", parameters);
            assertThat(refused.code()).as(spelling).isEqualTo(1);
            assertThat(refused.msg()).as(spelling).contains("256");
        }
    }

    private RequestRecord lastRequest(String operation) {
        var requests = sandbox.control().requests().stream().filter(r -> r.operation().equals(operation)).toList();
        assertThat(requests).isNotEmpty();
        return requests.get(requests.size() - 1);
    }
}
