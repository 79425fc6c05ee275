package com.cpay.platform.sandbox;

import com.cpay.platform.sandbox.control.ControlModels.OrderCommand;
import com.cpay.platform.sandbox.control.ControlModels.OrderView;
import com.cpay.platform.sandbox.support.CpayHttp;
import com.cpay.platform.sandbox.support.CpayHttp.Answer;
import com.cpay.platform.sandbox.support.SharedSandbox;
import com.cpay.platform.sandbox.support.WebhookReceiver;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/decisions.md, decision 26: a crypto withdrawal's fee is totalAmount - receivedAmount (s.4's example: 0.0123 =
 * 66.12345678 - 66.11115678), in the answer and in the webhooks; the balance is debited totalAmount.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WithdrawFeeTest {

    private static final JsonMapper JSON = JsonMapper.createDefault();

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

    @Test
    void the_fee_is_total_minus_received_in_the_answer_and_the_webhook_and_the_balance_pays_the_total() throws IOException {
        sandbox.control().setBalance("USDT", "100");
        Map<String, String> parameters = withdraw("fee-1", "66.12345678", "66.11115678");
        parameters.put("callbackURL", receiver.url());
        Answer answer = cpay.post("withdraw", parameters);

        assertThat(answer.code()).as(answer.body()).isZero();
        assertThat(answer.data()).containsEntry("orderAmount", "66.12345678").containsEntry("receivedAmount", "66.11115678")
                .containsEntry("fee", "0.0123");
        assertThat(new BigDecimal((String) answer.data().get("fee")))
                .isEqualByComparingTo(new BigDecimal("66.12345678").subtract(new BigDecimal("66.11115678")));
        assertThat(usdt()).isEqualTo("33.87654322/66.12345678");

        sandbox.control().moveOrder((String) answer.data().get("orderId"), "COMPLETED");
        sandbox.control().awaitWebhooks(w -> w.stream().anyMatch(a -> "delivered".equals(a.outcome())), Duration.ofSeconds(5));

        Map<String, String> webhook = JSON.readValue(receiver.received().get(0).body(), Argument.mapOf(String.class, String.class));
        assertThat(webhook).containsEntry("orderStatus", "14").containsEntry("actualAmount", "66.12345678")
                .containsEntry("receivedAmount", "66.11115678").containsEntry("fee", "0.0123");
        assertThat(usdt()).isEqualTo("33.87654322/0");
    }

    @Test
    void received_equal_to_total_is_a_payout_without_fee() {
        Answer answer = cpay.post("withdraw", withdraw("fee-0", "10", "10"));

        assertThat(answer.data()).containsEntry("fee", "0").containsEntry("receivedAmount", "10");
        assertThat(usdt()).isEqualTo("9990/10");
    }

    @Test
    void received_above_total_is_refused_and_nothing_is_held() {
        Answer refused = cpay.post("withdraw", withdraw("fee-neg", "10", "10.00000001"));

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.msg()).isEqualTo("receivedAmount 10.00000001 must not exceed totalAmount 10");
        assertThat(sandbox.control().orders()).isEmpty();
        assertThat(usdt()).isEqualTo("10000/0");
    }

    @Test
    void a_balance_short_of_the_total_is_refused_naming_the_total() {
        sandbox.control().setBalance("USDT", "66.12345677");

        Answer refused = cpay.post("withdraw", withdraw("fee-poor", "66.12345678", "66.11115678"));

        assertThat(refused.msg()).isEqualTo("insufficient USDT balance: available 66.12345677, needed 66.12345678");
    }

    @Test
    void a_crypto_payout_placed_through_the_control_api_follows_the_same_rule_unless_told_otherwise() {
        OrderView derived = sandbox.control().placeOrder(new OrderCommand(null, "placed-1", "withdraw", "PROCESSING", null,
                "user-1", "USDT", null, "10", "9.5", null, null, null, null, null));
        OrderView disagreeing = sandbox.control().placeOrder(new OrderCommand(null, "placed-2", "withdraw", "PROCESSING",
                null, "user-1", "USDT", null, "10", "9.5", "0.2", null, null, null, null));

        assertThat(derived.fee()).isEqualTo("0.5");
        assertThat(disagreeing.fee()).as("kept as given, to test a client's check").isEqualTo("0.2");
        assertThat(usdt()).isEqualTo("9980/20");
    }

    private static Map<String, String> withdraw(String tradeNo, String total, String received) {
        Map<String, String> parameters = new LinkedHashMap<>(MerchantApiTest.withdraw(tradeNo));
        parameters.put("totalAmount", total);
        parameters.put("receivedAmount", received);
        return parameters;
    }

    private String usdt() {
        return sandbox.control().balances().stream().filter(b -> b.asset().equals("USDT"))
                .map(b -> b.available() + "/" + b.freeze()).findFirst().orElseThrow();
    }
}
