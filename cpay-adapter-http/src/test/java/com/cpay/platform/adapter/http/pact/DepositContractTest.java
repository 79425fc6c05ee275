package com.cpay.platform.adapter.http.pact;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.deposit.CreatedDeposit;
import com.cpay.platform.domain.deposit.DepositAddress;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.UserId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static com.cpay.platform.adapter.http.pact.PactContract.MERCHANT_ID;
import static com.cpay.platform.adapter.http.pact.PactFixtures.CALLBACK;
import static com.cpay.platform.adapter.http.pact.PactFixtures.CREATE_TIME;
import static com.cpay.platform.adapter.http.pact.PactFixtures.FAIL;
import static com.cpay.platform.adapter.http.pact.PactFixtures.NETWORK_TRON;
import static com.cpay.platform.adapter.http.pact.PactFixtures.SUCCESS;
import static com.cpay.platform.adapter.http.pact.PactFixtures.TRON_ADDRESS;
import static com.cpay.platform.adapter.http.pact.PactFixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** getWalletAddress (s.3) and createOrder (s.13), through {@code CpayDepositGateway}. */
class DepositContractTest extends CpayContractTestBase {

    private static final String DEPOSIT = "pact-deposit-1";
    private static final String DUPLICATE = "pact-deposit-dup";
    /** Merchant extension data, JSON text (docs/decisions.md, decision 23); C-Pay answers it back. */
    private static final String EXT_INFO = "{\"cartId\":\"pact-77\",\"channel\":\"web\"}";

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact getWalletAddress(PactDslWithProvider builder) {
        PactDslJsonBody address = new PactDslJsonBody()
                .stringMatcher("address", "^\\S{20,128}$", TRON_ADDRESS)
                .stringMatcher("currency", Wire.ASSET, "USDT")
                .stringType("network", NETWORK_TRON);
        PactDslJsonBody answer = Wire.traceId(Wire.success("success")).minArrayLike("data", 1, address);
        return Wire.answer(Wire.get(merchantExists(builder)
                        .uponReceiving("getWalletAddress: the deposit addresses of user test002"), "getWalletAddress",
                Wire.signed("merchantId", MERCHANT_ID, "userId", USER)), answer).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getWalletAddress")
    void getWalletAddress_reads_every_address(MockServer mock) {
        List<DepositAddress> addresses = call(mock, p -> p.deposits().depositAddresses(new UserId(USER)));

        assertThat(addresses).containsExactly(new DepositAddress("USDT", Network.of(NETWORK_TRON), TRON_ADDRESS));
    }

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact getWalletAddressWrongSign(PactDslWithProvider builder) {
        return Wire.answer(Wire.get(merchantExists(builder)
                                .uponReceiving("getWalletAddress: a request signed with a key C-Pay does not know"),
                        "getWalletAddress", Wire.signedWith(PactContract.WRONG_KEY, "merchantId", MERCHANT_ID, "userId", USER)),
                Wire.refusal(1, Wire.BAD_SIGN, "sign verification failed")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getWalletAddressWrongSign")
    void getWalletAddress_refused_for_a_wrong_signature(MockServer mock) {
        assertThatThrownBy(() -> call(mock, secretKey(PactContract.WRONG_KEY),
                p -> p.deposits().depositAddresses(new UserId(USER))))
                .isInstanceOfSatisfying(GatewayRejectedException.class, e -> assertThat(e.code()).isEqualTo(1L));
    }

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact createOrder(PactDslWithProvider builder) {
        PactDslJsonBody answer = Wire.traceId(Wire.success("success"));
        answer.object("data")
                .stringMatcher("orderId", Wire.ORDER_ID, "221116112637772768014")
                .stringType("merchantId", MERCHANT_ID)
                .stringValue("merchantTradeNo", DEPOSIT)
                .stringValue("cryptoCurrency", "USDT")
                .stringMatcher("orderAmount", Wire.DECIMAL, "3")
                .stringMatcher("receivedAmount", Wire.DECIMAL, "3")
                .stringMatcher("fee", Wire.DECIMAL, "0")
                .stringMatcher("status", Wire.STATUS, "0")
                .stringType("network", NETWORK_TRON)
                .stringMatcher("cashierURL", Wire.URL, "https://cashier.cpay.ltd/payment?orderId=221116112637772768014")
                .stringMatcher("createTime", Wire.DIGITS, "1668569197000")
                .stringType("extInfo", EXT_INFO)
                .closeObject();
        return Wire.answer(Wire.post(merchantExists(builder)
                        .uponReceiving("createOrder: a USDT deposit order of 3"), "createOrder",
                depositForm(DEPOSIT, "extInfo", EXT_INFO)), answer).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createOrder")
    void createOrder_returns_the_order_and_its_cashier_page(MockServer mock) {
        var withExtInfo = PactFixtures.deposit(DEPOSIT, Optional.of(EXT_INFO));

        CreatedDeposit created = call(mock, p -> withExtInfo.sendTo(p.deposits()));

        assertThat(created.cpayOrderId()).isEqualTo(new CpayOrderId("221116112637772768014"));
        assertThat(created.cashierUrl()).contains("https://cashier.cpay.ltd/payment?orderId=221116112637772768014");
        assertThat(created.status()).contains(StatusCode.of("0"));
        assertThat(created.amounts().orderAmount()).contains(Money.parse("x", "3", Asset.USDT));
        assertThat(created.network()).contains(Network.of(NETWORK_TRON));
        assertThat(created.extInfo()).contains(EXT_INFO);
    }

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact createOrderDuplicate(PactDslWithProvider builder) {
        return Wire.answer(Wire.post(orderExists(builder, DUPLICATE, "createOrder", "0", "USDT", "3")
                                .uponReceiving("createOrder: a merchantTradeNo that is already taken"), "createOrder",
                        depositForm(DUPLICATE)),
                Wire.refusal(1, Wire.DUPLICATE, "merchantTradeNo " + DUPLICATE + " already exists")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createOrderDuplicate")
    void createOrder_refused_for_a_taken_merchantTradeNo(MockServer mock) {
        assertThatThrownBy(() -> call(mock, p -> PactFixtures.deposit(DUPLICATE).sendTo(p.deposits())))
                .isInstanceOfSatisfying(GatewayRejectedException.class, e -> assertThat(e.code()).isEqualTo(1L));
    }

    /** The form createOrder sends, with the extra parameters given (name, value...), signed over all of them. */
    private static java.util.Map<String, String> depositForm(String tradeNo, String... extra) {
        List<String> params = new java.util.ArrayList<>(List.of("merchantId", MERCHANT_ID, "merchantTradeNo", tradeNo,
                "createTime", CREATE_TIME, "userId", USER, "amount", "3", "cryptoCurrency", "USDT",
                "callBackURL", CALLBACK, "successURL", SUCCESS, "failURL", FAIL));
        params.addAll(List.of(extra));
        return Wire.signed(params.toArray(String[]::new));
    }
}
