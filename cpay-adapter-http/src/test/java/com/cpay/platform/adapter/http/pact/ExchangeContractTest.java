package com.cpay.platform.adapter.http.pact;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.exchange.ExchangeAccepted;
import com.cpay.platform.domain.quote.model.QuoteRequest;
import com.cpay.platform.domain.quote.model.ExchangeRate;
import com.cpay.platform.domain.quote.model.PurchaseType;
import com.cpay.platform.domain.quote.model.Quote;
import com.cpay.platform.domain.quote.model.QuoteChannel;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static com.cpay.platform.adapter.http.pact.PactContract.MERCHANT_ID;
import static com.cpay.platform.adapter.http.pact.PactFixtures.CREATE_TIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** getExchangeRate (s.7), getExchangeRateForCreditCard (s.8) and exchange (s.10), through {@code CpayExchangeGateway}. */
class ExchangeContractTest extends CpayContractTestBase {

    private static final String EXCHANGE = "pact-exchange-1";
    private static final String EXCHANGE_POOR = "pact-exchange-2";

    // ------------------------------------------------------------------ getExchangeRate

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact getExchangeRate(PactDslWithProvider builder) {
        PactDslJsonBody answer = Wire.traceId(Wire.success("success"));
        answer.object("data").stringMatcher("exchangeRate", Wire.DECIMAL, "40000").closeObject();
        return Wire.answer(Wire.get(merchantExists(builder)
                        .uponReceiving("getExchangeRate: the USDT price of 0.5 BTC"), "getExchangeRate",
                quoteQuery("USDT", "BTC", "1", "0.5")), answer).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getExchangeRate")
    void getExchangeRate_keeps_the_rate_as_written(MockServer mock) {
        Quote quote = call(mock, p -> p.exchanges().quote(new QuoteRequest(Asset.USDT, Asset.BTC,
                PurchaseType.BY_TARGET_AMOUNT, Money.parse("amount", "0.5", Asset.BTC), QuoteChannel.CRYPTO)));

        assertThat(quote.rate()).isEqualTo(ExchangeRate.parse("40000"));
    }

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact getExchangeRateUnknownPair(PactDslWithProvider builder) {
        return Wire.answer(Wire.get(merchantExists(builder)
                                .uponReceiving("getExchangeRate: a pair C-Pay has no rate for"), "getExchangeRate",
                        quoteQuery("BTC", "BNB", "0", "0.5")),
                Wire.refusal(1, Wire.NO_RATE, "no exchange rate for BTC to BNB")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getExchangeRateUnknownPair")
    void getExchangeRate_refused_for_a_pair_without_rate(MockServer mock) {
        assertThatThrownBy(() -> call(mock, p -> p.exchanges().quote(new QuoteRequest(Asset.BTC, Asset.BNB,
                PurchaseType.BY_SOURCE_AMOUNT, Money.parse("amount", "0.5", Asset.BTC), QuoteChannel.CRYPTO))))
                .isInstanceOfSatisfying(GatewayRejectedException.class, e -> assertThat(e.code()).isEqualTo(1L));
    }

    // ------------------------------------------------------------------ getExchangeRateForCreditCard

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact getExchangeRateForCreditCard(PactDslWithProvider builder) {
        // s.8: msg "ok" and no traceid on success
        PactDslJsonBody answer = Wire.success("ok");
        answer.object("data")
                .stringMatcher("exchangeRate", Wire.DECIMAL, "1")
                .stringMatcher("amountExchanged", Wire.DECIMAL, "100")
                .closeObject();
        return Wire.answer(Wire.get(merchantExists(builder)
                        .uponReceiving("getExchangeRateForCreditCard: what 100 USD by card buys in USDT"),
                "getExchangeRateForCreditCard", quoteQuery("USD", "USDT", "0", "100")), answer).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getExchangeRateForCreditCard")
    void getExchangeRateForCreditCard_reads_rate_and_exchanged_amount(MockServer mock) {
        Quote quote = call(mock, p -> p.exchanges().quote(new QuoteRequest(Asset.USD, Asset.USDT,
                PurchaseType.BY_SOURCE_AMOUNT, Money.parse("amount", "100", Asset.USD), QuoteChannel.CARD)));

        assertThat(quote.rate()).isEqualTo(ExchangeRate.parse("1"));
        assertThat(quote.amountExchanged()).contains(new BigDecimal("100"));
    }

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact getExchangeRateForCreditCardUnknownPair(PactDslWithProvider builder) {
        return Wire.answer(Wire.get(merchantExists(builder)
                                .uponReceiving("getExchangeRateForCreditCard: a pair C-Pay has no rate for"),
                        "getExchangeRateForCreditCard", quoteQuery("EUR", "BNB", "0", "100")),
                Wire.refusal(1, Wire.NO_RATE, "no exchange rate for EUR to BNB")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getExchangeRateForCreditCardUnknownPair")
    void getExchangeRateForCreditCard_refused_for_a_pair_without_rate(MockServer mock) {
        assertThatThrownBy(() -> call(mock, p -> p.exchanges().quote(new QuoteRequest(Asset.EUR, Asset.BNB,
                PurchaseType.BY_SOURCE_AMOUNT, Money.parse("amount", "100", Asset.EUR), QuoteChannel.CARD))))
                .isInstanceOfSatisfying(GatewayRejectedException.class, e -> assertThat(e.code()).isEqualTo(1L));
    }

    // ------------------------------------------------------------------ exchange

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact exchange(PactDslWithProvider builder) {
        // s.10: msg "ok" and no traceid on success
        PactDslJsonBody answer = Wire.success("ok");
        answer.object("data")
                .stringValue("targetCurrency", "BTC")
                .stringMatcher("targetAmount", Wire.DECIMAL, "0.0024925")
                .stringMatcher("exchangeRate", Wire.DECIMAL, "40000")
                .stringMatcher("fee", Wire.DECIMAL, "0.0000075")
                .closeObject();
        return Wire.answer(Wire.post(merchantExists(builder).uponReceiving("exchange: 100 USDT into BTC"), "exchange",
                exchangeForm(EXCHANGE)), answer).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "exchange")
    void exchange_reads_the_result(MockServer mock) {
        ExchangeAccepted accepted = call(mock, p -> p.exchanges().exchange(PactFixtures.exchange(EXCHANGE)));

        assertThat(accepted.result().targetAmount()).isEqualTo(Money.parse("x", "0.0024925", Asset.BTC));
        assertThat(accepted.result().fee()).isEqualTo(Money.parse("x", "0.0000075", Asset.BTC));
        assertThat(accepted.result().rate()).isEqualTo(ExchangeRate.parse("40000"));
    }

    @Pact(consumer = PactContract.CONSUMER)
    public RequestResponsePact exchangeInsufficientBalance(PactDslWithProvider builder) {
        return Wire.answer(Wire.post(PayoutContractTest.noUsdt(builder)
                                .uponReceiving("exchange: more USDT than the merchant has available"), "exchange",
                        exchangeForm(EXCHANGE_POOR)),
                Wire.refusal(1, Wire.INSUFFICIENT, "insufficient USDT balance: available 0, needed 100")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "exchangeInsufficientBalance")
    void exchange_refused_without_balance(MockServer mock) {
        assertThatThrownBy(() -> call(mock, p -> p.exchanges().exchange(PactFixtures.exchange(EXCHANGE_POOR))))
                .isInstanceOfSatisfying(GatewayRejectedException.class, e -> assertThat(e.code()).isEqualTo(1L));
    }

    private static Map<String, String> quoteQuery(String source, String target, String purchaseType, String amount) {
        return Wire.signed("merchantId", MERCHANT_ID, "sourceCurrency", source, "targetCurrency", target,
                "purchaseType", purchaseType, "amount", amount);
    }

    private static Map<String, String> exchangeForm(String tradeNo) {
        return Wire.signed("merchantId", MERCHANT_ID, "userId", "xxx-1001", "merchantTradeNo", tradeNo,
                "createTime", CREATE_TIME, "sourceCurrency", "USDT", "sourceAmount", "100", "targetCurrency", "BTC");
    }
}
