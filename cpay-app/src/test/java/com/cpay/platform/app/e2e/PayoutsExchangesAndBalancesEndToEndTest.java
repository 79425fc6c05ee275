package com.cpay.platform.app.e2e;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.Orders;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.client.internal.InternalApiClients;
import com.cpay.platform.client.internal.api.BalancesApi;
import com.cpay.platform.client.internal.api.ExchangesApi;
import com.cpay.platform.client.internal.api.PayoutsApi;
import com.cpay.platform.client.internal.invoker.ApiClient;
import com.cpay.platform.client.internal.invoker.ApiException;
import com.cpay.platform.client.internal.model.Balance;
import com.cpay.platform.client.internal.model.CreateCryptoPayoutRequest;
import com.cpay.platform.client.internal.model.CreateExchangeRequest;
import com.cpay.platform.client.internal.model.EventSource;
import com.cpay.platform.client.internal.model.Order;
import com.cpay.platform.client.internal.model.OrderKind;
import com.cpay.platform.client.internal.model.OrderStatus;
import com.cpay.platform.client.internal.model.Problem;
import com.cpay.platform.client.internal.model.StatusChange;
import com.cpay.platform.client.internal.model.Violation;
import com.cpay.platform.sandbox.SandboxControl;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Money going out and across, end to end through real HTTP against the app with the simulator embedded: a crypto
 * payout (C-Pay withdraw) and an exchange (C-Pay exchange), and the merchant's balances (C-Pay getMerchantBalance)
 * showing exactly what each took, fee included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayoutsExchangesAndBalancesEndToEndTest {

    private static final String TRON_ADDRESS = "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw";
    private TestApp app;
    private ApiClient client;
    private SandboxControl simulator;

    @BeforeAll
    void start() {
        app = TestApp.start();
        client = app.client();
        simulator = app.simulator();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private Map<String, Balance> balances() throws ApiException {
        return new BalancesApi(client).listBalances().getItems().stream()
                .collect(Collectors.toMap(Balance::getCurrency, Function.identity()));
    }

    private static BigDecimal available(Map<String, Balance> balances, String currency) {
        return new BigDecimal(balances.get(currency).getAvailableBalance());
    }

    private long cpayCalls(String operation) {
        return simulator.requests().stream().filter(r -> r.operation().equals(operation)).count();
    }

    @Test
    void a_crypto_payout_is_sent_completed_and_paid_from_the_balance_with_its_fee() throws ApiException {
        Map<String, Balance> before = balances();
        String tradeNo = Orders.tradeNo("wd");

        Order created = new PayoutsApi(client).createCryptoPayout(Orders.key(), new CreateCryptoPayoutRequest()
                .userId("2345").merchantTradeNo(tradeNo).cryptoCurrency("USDT").network("TRON(TRC-20)")
                .toAddress(TRON_ADDRESS).totalAmount("66.12345678").receivedAmount("66.11115678"));

        assertThat(created.getMerchantTradeNo()).isEqualTo(tradeNo);
        assertThat(created.getKind()).isEqualTo(OrderKind.CRYPTO_PAYOUT);
        assertThat(created.getStatus()).isIn(OrderStatus.PENDING, OrderStatus.PROCESSING);
        assertThat(created.getCpayOrderId()).isNotBlank();
        assertThat(created.getCryptoPayout().getTotalAmount()).isEqualTo("66.12345678");
        assertThat(created.getCryptoPayout().getReceivedAmount()).isEqualTo("66.11115678");
        assertThat(created.getCryptoPayout().getNetwork()).isEqualTo("TRON(TRC-20)");
        assertThat(created.getCryptoPayout().getToAddress()).isEqualTo(TRON_ADDRESS);

        Order done = Orders.awaitStatus(client, tradeNo, OrderStatus.COMPLETED);

        assertThat(done.getCryptoPayout().getHash()).isNotBlank();
        assertThat(done.getHistory()).extracting(StatusChange::getSource).contains(EventSource.WEBHOOK);
        assertThat(simulator.orders().stream().filter(o -> tradeNo.equals(o.merchantTradeNo()))).hasSize(1);
        // the balance is debited totalAmount; the fee is totalAmount - receivedAmount (docs/decisions.md, decision 26)
        Map<String, Balance> after = balances();
        assertThat(available(after, "USDT")).isEqualByComparingTo(
                available(before, "USDT").subtract(new BigDecimal("66.12345678")));
        assertThat(new BigDecimal(done.getReportedAmounts().getFee())).isEqualByComparingTo("0.0123");
        assertThat(after.get("USDT").getFreezeBalance()).isEqualTo(before.get("USDT").getFreezeBalance());
    }

    @Test
    void a_payout_to_an_address_of_another_network_is_refused_and_never_sent() {
        long sent = cpayCalls("withdraw");

        ApiException refused = catchThrowableOfType(ApiException.class, () -> new PayoutsApi(client)
                .createCryptoPayout(Orders.key(), new CreateCryptoPayoutRequest().userId("2345").cryptoCurrency("USDT")
                        .network("TRON(TRC-20)").toAddress("0x52908400098527886E0F7030069857D2E4169EE7")
                        .totalAmount("10").receivedAmount("10")));

        assertThat(refused.getCode()).isEqualTo(422);
        Problem problem = InternalApiClients.problem(client, refused).orElseThrow();
        assertThat(problem.getViolations()).extracting(Violation::getField, Violation::getRule)
                .contains(org.assertj.core.groups.Tuple.tuple("toAddress", "address-format"));
        assertThat(cpayCalls("withdraw")).isEqualTo(sent);
    }

    @Test
    void a_payout_to_a_tron_address_with_one_mistyped_character_is_refused_and_nothing_reaches_cpay() {
        long sent = cpayCalls("withdraw");
        String tradeNo = Orders.tradeNo("wd-typo");
        // TRON_ADDRESS with its last character typed in upper case: right shape, wrong Base58Check checksum
        String mistyped = TRON_ADDRESS.substring(0, TRON_ADDRESS.length() - 1) + "W";

        HttpResponse<String> answer = new Http(app.url()).postJson("/api/v1/payouts/crypto", """
                {"userId":"2345","merchantTradeNo":"%s","cryptoCurrency":"USDT","network":"TRON(TRC-20)",
                 "toAddress":"%s","totalAmount":"10","receivedAmount":"10"}""".formatted(tradeNo, mistyped));

        // a business rule of the address, not the document's schema: 422 like every other domain rule
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) read(answer.body()).get("violations");
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v).containsEntry("field", "toAddress").containsEntry("rule", "address-checksum");
            assertThat((String) v.get("message")).doesNotContain(mistyped);
        });
        assertThat(answer.body()).doesNotContain(mistyped);
        assertThat(cpayCalls("withdraw")).as("nothing sent to C-Pay").isEqualTo(sent);
        assertThat(simulator.orders()).noneMatch(o -> tradeNo.equals(o.merchantTradeNo()));
        assertThat(new Http(app.url()).get("/api/v1/orders/" + tradeNo, "Authorization", Http.bearer()).statusCode())
                .as("nothing recorded").isEqualTo(404);
    }

    @Test
    void an_exchange_is_done_at_cpays_rate_and_moves_both_balances() throws ApiException {
        Map<String, Balance> before = balances();
        String tradeNo = Orders.tradeNo("ex");

        Order created = new ExchangesApi(client).createExchange(Orders.key(), new CreateExchangeRequest()
                .userId("xxx-1001").merchantTradeNo(tradeNo).sourceCurrency("USDT").sourceAmount("400")
                .targetCurrency("BTC"));

        // 400 USDT at 40000 USDT per BTC is 0.01 BTC, less the simulator's 0.3 % fee in BTC
        assertThat(created.getKind()).isEqualTo(OrderKind.CRYPTO_EXCHANGE);
        assertThat(created.getCryptoExchange().getSourceCurrency()).isEqualTo("USDT");
        assertThat(created.getCryptoExchange().getSourceAmount()).isEqualTo("400");
        assertThat(created.getCryptoExchange().getTargetCurrency()).isEqualTo("BTC");
        assertThat(created.getCryptoExchange().getExchangeRate()).isEqualTo("40000");
        assertThat(created.getCryptoExchange().getTargetAmount()).isEqualTo("0.00997");
        assertThat(created.getCryptoExchange().getFee()).isEqualTo("0.00003");
        Order done = Orders.awaitStatus(client, tradeNo, OrderStatus.COMPLETED);
        assertThat(done.getCryptoExchange().getTargetAmount()).isEqualTo("0.00997");

        Map<String, Balance> after = balances();
        assertThat(available(after, "USDT")).isEqualByComparingTo(available(before, "USDT")
                .subtract(new BigDecimal("400")));
        assertThat(available(after, "BTC")).isEqualByComparingTo(available(before, "BTC")
                .add(new BigDecimal("0.00997")));
    }

    @Test
    void the_balances_are_cpays_figures_as_exact_decimal_text_ordered_by_currency() {
        simulator.setBalance("ETH", "12.34567891");
        HttpResponse<String> answer = new Http(app.url()).get("/api/v1/balances", "Authorization", Http.bearer());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) read(answer.body()).get("items");
        assertThat(items).extracting(i -> (String) i.get("currency")).isSorted()
                .contains("BTC", "ETH", "USDT", "USD", "EUR", "BRL");
        assertThat(items).filteredOn(i -> "ETH".equals(i.get("currency"))).singleElement()
                .satisfies(eth -> assertThat(eth).containsEntry("availableBalance", "12.34567891"));
        assertThat(items).allSatisfy(i -> assertThat(i.get("availableBalance")).isInstanceOf(String.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String json) {
        try {
            return JsonMapper.createDefault().readValue(json, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
