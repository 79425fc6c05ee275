package com.cpay.platform.adapter.http.pact;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.cpay.platform.domain.account.Balance;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static com.cpay.platform.adapter.http.pact.PactContract.MERCHANT_ID;
import static com.cpay.platform.adapter.http.pact.PactContract.UNKNOWN_MERCHANT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** getMerchantBalance (s.6), through {@code CpayAccountGateway}. */
class AccountContractTest extends CpayContractTestBase {

    static final String UNKNOWN_MERCHANT = "merchant 99999999 does not exist";

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact getMerchantBalance(PactDslWithProvider builder) {
        PactDslJsonBody balance = new PactDslJsonBody()
                .stringMatcher("cryptoCurrency", Wire.ASSET, "USDT")
                .stringMatcher("availableBalance", Wire.DECIMAL, "11.008")
                .stringMatcher("freezeBalance", Wire.DECIMAL, "0");
        PactDslJsonBody answer = Wire.traceId(Wire.success("success")).minArrayLike("data", 1, balance);
        return Wire.answer(Wire.get(merchantExists(builder).uponReceiving("getMerchantBalance: the merchant's balances"),
                "getMerchantBalance", Wire.signed("merchantId", MERCHANT_ID)), answer).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getMerchantBalance")
    void getMerchantBalance_reads_every_balance(MockServer mock) {
        List<Balance> balances = call(mock, p -> p.account().balances());

        assertThat(balances).containsExactly(new Balance("USDT", new BigDecimal("11.008"), new BigDecimal("0")));
    }

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact getMerchantBalanceUnknownMerchant(PactDslWithProvider builder) {
        return Wire.answer(Wire.get(builder.given(UNKNOWN_MERCHANT, Map.of("merchantId", UNKNOWN_MERCHANT_ID))
                                .uponReceiving("getMerchantBalance: a merchant C-Pay does not know"),
                        "getMerchantBalance", Wire.signed("merchantId", UNKNOWN_MERCHANT_ID)),
                Wire.refusal(1, Wire.UNKNOWN_MERCHANT, "merchantId 99999999 is not a known merchant")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getMerchantBalanceUnknownMerchant")
    void getMerchantBalance_refused_for_an_unknown_merchant(MockServer mock) {
        assertThatThrownBy(() -> call(mock, merchantId(UNKNOWN_MERCHANT_ID), p -> p.account().balances()))
                .isInstanceOfSatisfying(GatewayRejectedException.class, e -> assertThat(e.code()).isEqualTo(1L));
    }
}
