package com.cpay.platform.adapter.http.pact;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.payout.PayoutAccepted;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.cpay.platform.adapter.http.pact.PactContract.MERCHANT_ID;
import static com.cpay.platform.adapter.http.pact.PactFixtures.CALLBACK;
import static com.cpay.platform.adapter.http.pact.PactFixtures.CREATE_TIME;
import static com.cpay.platform.adapter.http.pact.PactFixtures.FAIL;
import static com.cpay.platform.adapter.http.pact.PactFixtures.NETWORK_TRON;
import static com.cpay.platform.adapter.http.pact.PactFixtures.SUCCESS;
import static com.cpay.platform.adapter.http.pact.PactFixtures.TRON_ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** withdraw (s.4) and createFiatPayoutOrder (s.5), through {@code CpayPayoutGateway}. */
class PayoutContractTest extends CpayContractTestBase {

    static final String NO_USDT = "merchant 20003092 has no USDT available";

    private static final String WITHDRAW = "pact-withdraw-1";
    private static final String WITHDRAW_POOR = "pact-withdraw-2";
    private static final String PIX = "pact-pix-1";
    private static final String PIX_DUPLICATE = "pact-pix-dup";

    /** The merchant's available USDT balance is 0 at the provider. */
    static au.com.dius.pact.consumer.dsl.PactDslWithState noUsdt(PactDslWithProvider builder) {
        return builder.given(NO_USDT, Map.of("merchantId", MERCHANT_ID, "asset", "USDT"));
    }

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact withdraw(PactDslWithProvider builder) {
        PactDslJsonBody answer = Wire.traceId(Wire.success("ok"));
        answer.object("data")
                .stringMatcher("orderId", Wire.ORDER_ID, "221117074719000001014")
                .stringType("merchantId", MERCHANT_ID)
                .stringValue("merchantTradeNo", WITHDRAW)
                .stringValue("merchantUserId", "2345")
                .stringValue("cryptoCurrency", "USDT")
                .stringValue("network", NETWORK_TRON)
                .stringMatcher("orderAmount", Wire.DECIMAL, "66.12345678")
                .stringMatcher("receivedAmount", Wire.DECIMAL, "66.11115678")
                .stringMatcher("fee", Wire.DECIMAL, "1")
                .stringMatcher("status", Wire.STATUS, "0")
                .stringMatcher("createTime", Wire.DIGITS, "1653669353000")
                .closeObject();
        return Wire.answer(Wire.post(merchantExists(builder)
                        .uponReceiving("withdraw: 66.12345678 USDT to a TRON address"), "withdraw",
                withdrawForm(WITHDRAW)), answer).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "withdraw")
    void withdraw_returns_the_payout_order(MockServer mock) {
        PayoutAccepted accepted = call(mock, p -> PactFixtures.cryptoPayout(WITHDRAW).sendTo(p.payouts()));

        assertThat(accepted.cpayOrderId()).contains(new CpayOrderId("221117074719000001014"));
        assertThat(accepted.status()).contains(StatusCode.of("0"));
        assertThat(accepted.orderAmount()).contains(Money.parse("x", "66.12345678", Asset.USDT));
        assertThat(accepted.receivedAmount()).contains(Money.parse("x", "66.11115678", Asset.USDT));
        assertThat(accepted.fee()).contains(Money.parse("x", "1", Asset.USDT));
    }

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact withdrawInsufficientBalance(PactDslWithProvider builder) {
        return Wire.answer(Wire.post(noUsdt(builder)
                                .uponReceiving("withdraw: more USDT than the merchant has available"), "withdraw",
                        withdrawForm(WITHDRAW_POOR)),
                Wire.refusal(1, Wire.INSUFFICIENT, "insufficient USDT balance: available 0, needed 67.12345678")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "withdrawInsufficientBalance")
    void withdraw_refused_without_balance(MockServer mock) {
        assertThatThrownBy(() -> call(mock,
                p -> PactFixtures.cryptoPayout(WITHDRAW_POOR).sendTo(p.payouts())))
                .isInstanceOfSatisfying(GatewayRejectedException.class, e -> assertThat(e.code()).isEqualTo(1L));
    }

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact createFiatPayoutOrder(PactDslWithProvider builder) {
        PactDslJsonBody answer = Wire.traceId(Wire.success("success"));
        answer.object("data")
                .stringMatcher("orderId", Wire.ORDER_ID, "23031008544224390014")
                .stringType("merchantId", MERCHANT_ID)
                .stringValue("merchantTradeNo", PIX)
                .stringValue("merchantUserId", "1001")
                .stringValue("currency", "BRL")
                .stringMatcher("orderAmount", Wire.DECIMAL, "5.5")
                .stringMatcher("receivedAmount", Wire.DECIMAL, "5")
                .stringMatcher("fee", Wire.DECIMAL, "0.5")
                .stringMatcher("status", Wire.STATUS, "11")
                .stringType("remark", "remark")
                .stringMatcher("createTime", Wire.DIGITS, "1678438482000")
                .closeObject();
        return Wire.answer(Wire.post(merchantExists(builder)
                        .uponReceiving("createFiatPayoutOrder: 5 BRL over PIX to an e-mail key"),
                "createFiatPayoutOrder", pixForm(PIX)), answer).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createFiatPayoutOrder")
    void createFiatPayoutOrder_returns_the_payout_with_its_fee(MockServer mock) {
        PayoutAccepted accepted = call(mock, p -> PactFixtures.pixPayout(PIX).sendTo(p.payouts()));

        assertThat(accepted.cpayOrderId()).contains(new CpayOrderId("23031008544224390014"));
        assertThat(accepted.status()).contains(StatusCode.of("11"));
        assertThat(accepted.orderAmount()).contains(Money.parse("x", "5.5", Asset.BRL));
        assertThat(accepted.receivedAmount()).contains(Money.parse("x", "5", Asset.BRL));
        assertThat(accepted.fee()).contains(Money.parse("x", "0.5", Asset.BRL));
    }

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact createFiatPayoutOrderDuplicate(PactDslWithProvider builder) {
        return Wire.answer(Wire.post(orderExists(builder, PIX_DUPLICATE, "createFiatPayoutOrder", "11", "BRL", "5")
                                .uponReceiving("createFiatPayoutOrder: a merchantTradeNo that is already taken"),
                        "createFiatPayoutOrder", pixForm(PIX_DUPLICATE)),
                Wire.refusal(1, Wire.DUPLICATE, "merchantTradeNo " + PIX_DUPLICATE + " already exists")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createFiatPayoutOrderDuplicate")
    void createFiatPayoutOrder_refused_for_a_taken_merchantTradeNo(MockServer mock) {
        assertThatThrownBy(() -> call(mock, p -> PactFixtures.pixPayout(PIX_DUPLICATE).sendTo(p.payouts())))
                .isInstanceOfSatisfying(GatewayRejectedException.class, e -> assertThat(e.code()).isEqualTo(1L));
    }

    private static Map<String, String> withdrawForm(String tradeNo) {
        return Wire.signed("merchantId", MERCHANT_ID, "userId", "2345", "merchantTradeNo", tradeNo,
                "createTime", CREATE_TIME, "cryptoCurrency", "USDT", "network", NETWORK_TRON,
                "totalAmount", "66.12345678", "receivedAmount", "66.11115678", "toAddress", TRON_ADDRESS,
                "callbackURL", CALLBACK);
    }

    private static Map<String, String> pixForm(String tradeNo) {
        return Wire.signed("merchantId", MERCHANT_ID, "userId", "1001", "merchantTradeNo", tradeNo,
                "payoutChannel", "1", "amount", "5", "currency", "BRL", "accountType", "2",
                "toAccount", PactFixtures.PIX_EMAIL, "country", "BRA", "createTime", CREATE_TIME,
                "callBackURL", CALLBACK, "successURL", SUCCESS, "failURL", FAIL, "remark", "remark");
    }
}
