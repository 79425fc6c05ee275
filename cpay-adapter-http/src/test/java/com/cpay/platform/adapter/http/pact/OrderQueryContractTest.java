package com.cpay.platform.adapter.http.pact;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.order.AmountKind;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.reconciliation.OrderLookup;
import com.cpay.platform.domain.reconciliation.OrderReport;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static com.cpay.platform.adapter.http.pact.PactContract.MERCHANT_ID;
import static com.cpay.platform.adapter.http.pact.PactFixtures.NETWORK_TRON;
import static com.cpay.platform.adapter.http.pact.PactFixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * getOrderDetail (s.9), through {@code CpayOrderQueryGateway}: by merchantTradeNo, by hash (no-order deposits,
 * docs/decisions.md, decision 15), and C-Pay's "no such order" (code 1), which the adapter reads as an empty answer.
 */
class OrderQueryContractTest extends CpayContractTestBase {

    private static final String ORDER = "test901";
    private static final String MISSING = "pact-missing";
    private static final String ORDER_HASH = "c4dbbf5737c52072817dc92fa09c41386f8024fee883270b92bfc1943616f957";
    private static final String DEPOSIT_HASH = "7f5c0a1e9b3d4c2a8e6f0b1d3c5a7e9f1b3d5c7a9e1f3b5d7c9a1e3f5b7d9c1a";

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact getOrderDetail(PactDslWithProvider builder) {
        Map<String, Object> state = new LinkedHashMap<>(merchant());
        state.put("merchantTradeNo", ORDER);
        state.put("kind", "createOrder");
        state.put("status", "14");
        state.put("userId", USER);
        state.put("currency", "USDT");
        state.put("amount", "10");
        state.put("hash", ORDER_HASH);
        PactDslJsonBody answer = Wire.traceId(Wire.success("success"));
        answer.object("data")
                .stringMatcher("orderId", Wire.ORDER_ID, "2209141130105863014")
                .stringValue("status", "14")
                .stringValue("merchantTradeNo", ORDER)
                .stringValue("merchantUserId", USER)
                .stringValue("hash", ORDER_HASH)
                .stringValue("currency", "USDT")
                .stringType("network", NETWORK_TRON)
                .stringMatcher("actualAmount", Wire.DECIMAL, "10")
                .stringMatcher("receivedAmount", Wire.DECIMAL, "10")
                .stringMatcher("fee", Wire.DECIMAL, "0")
                // JSON numbers in s.9 (docs/decisions.md, decision 8)
                .integerType("merchantId", Long.parseLong(MERCHANT_ID))
                .integerType("createTime", 1663155010000L)
                .closeObject();
        return Wire.answer(Wire.get(builder.given("an order " + ORDER + " exists in status 14", state)
                        .uponReceiving("getOrderDetail: a completed order by its merchantTradeNo"), "getOrderDetail",
                Wire.signed("merchantId", MERCHANT_ID, "merchantTradeNo", ORDER)), answer).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getOrderDetail")
    void getOrderDetail_reports_the_order(MockServer mock) {
        Optional<OrderReport> report = call(mock, p -> p.orders().findOrder(OrderLookup.of(new MerchantTradeNo(ORDER))));

        assertThat(report).hasValueSatisfying(r -> {
            assertThat(r.cpayOrderId()).contains(new CpayOrderId("2209141130105863014"));
            assertThat(r.status()).isEqualTo(StatusCode.of("14"));
            assertThat(r.merchantTradeNo()).contains(new MerchantTradeNo(ORDER));
            assertThat(r.hash()).contains(new TransactionHash(ORDER_HASH));
            assertThat(r.network()).contains(Network.of(NETWORK_TRON));
            assertThat(r.amounts()).containsEntry(AmountKind.RECEIVED_AMOUNT, new BigDecimal("10"));
            assertThat(r.createTime()).isPresent();
        });
    }

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact getOrderDetailByHash(PactDslWithProvider builder) {
        Map<String, Object> state = new LinkedHashMap<>(merchant());
        state.put("kind", "deposit");
        state.put("status", "14");
        state.put("userId", USER);
        state.put("currency", "USDT");
        state.put("amount", "25");
        state.put("hash", DEPOSIT_HASH);
        PactDslJsonBody answer = Wire.traceId(Wire.success("success"));
        answer.object("data")
                .stringMatcher("orderId", Wire.ORDER_ID, "2211170820560000001")
                .stringValue("status", "14")
                .stringValue("merchantUserId", USER)
                .stringValue("hash", DEPOSIT_HASH)
                .stringValue("currency", "USDT")
                .stringMatcher("receivedAmount", Wire.DECIMAL, "25")
                .integerType("merchantId", Long.parseLong(MERCHANT_ID))
                .integerType("createTime", 1668673256000L)
                .closeObject();
        return Wire.answer(Wire.get(builder.given("a deposit with hash " + DEPOSIT_HASH + " exists", state)
                        .uponReceiving("getOrderDetail: a deposit without order, by its transaction hash"),
                "getOrderDetail", Wire.signed("merchantId", MERCHANT_ID, "hash", DEPOSIT_HASH)), answer).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getOrderDetailByHash")
    void getOrderDetail_finds_a_deposit_by_hash(MockServer mock) {
        Optional<OrderReport> report = call(mock,
                p -> p.orders().findOrder(OrderLookup.of(new TransactionHash(DEPOSIT_HASH))));

        assertThat(report).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(StatusCode.of("14"));
            assertThat(r.merchantTradeNo()).isEmpty();
            assertThat(r.amounts()).containsEntry(AmountKind.RECEIVED_AMOUNT, new BigDecimal("25"));
        });
    }

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact getOrderDetailNoSuchOrder(PactDslWithProvider builder) {
        Map<String, Object> state = new LinkedHashMap<>(merchant());
        state.put("merchantTradeNo", MISSING);
        return Wire.answer(Wire.get(builder.given("no order " + MISSING + " exists", state)
                                .uponReceiving("getOrderDetail: a merchantTradeNo C-Pay has no order for"),
                        "getOrderDetail", Wire.signed("merchantId", MERCHANT_ID, "merchantTradeNo", MISSING)),
                Wire.refusal(1, Wire.NOT_FOUND, "order not found")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getOrderDetailNoSuchOrder")
    void getOrderDetail_reads_code_1_as_no_such_order(MockServer mock) {
        Optional<OrderReport> report = call(mock,
                p -> p.orders().findOrder(OrderLookup.of(new MerchantTradeNo(MISSING))));

        assertThat(report).isEmpty();
    }
}
