package com.cpay.platform.app.e2e;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.Orders;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.client.internal.InternalApiClients;
import com.cpay.platform.client.internal.api.CardOrdersApi;
import com.cpay.platform.client.internal.invoker.ApiClient;
import com.cpay.platform.client.internal.invoker.ApiException;
import com.cpay.platform.client.internal.model.CardOrderCurrency;
import com.cpay.platform.client.internal.model.CreateCardOrderRequest;
import com.cpay.platform.client.internal.model.EventSource;
import com.cpay.platform.client.internal.model.HostedPageLanguage;
import com.cpay.platform.client.internal.model.Order;
import com.cpay.platform.client.internal.model.OrderKind;
import com.cpay.platform.client.internal.model.OrderStatus;
import com.cpay.platform.client.internal.model.ProductLine;
import com.cpay.platform.client.internal.model.StatusChange;
import com.cpay.platform.client.internal.model.Violation;
import com.cpay.platform.sandbox.SandboxControl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A card payment on C-Pay's hosted page (C-Pay createOrderByCreditCard), end to end through real HTTP: the app
 * opens the order, the buyer is sent to the simulator's cashier page and pays (or fails) there, and the order ends
 * COMPLETED with C-Pay's card fee, or CLOSED, through C-Pay's webhooks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardOrderEndToEndTest {

    private TestApp app;
    private ApiClient client;
    private SandboxControl simulator;
    private Http http;

    @BeforeAll
    void start() {
        // A hosted card order waits on its cashier page until the buyer acts; with the tests' 100 ms pending step
        // the simulator's lifecycle would move it on first whenever the machine is slow, so it waits 10 minutes here.
        app = TestApp.start(Map.of("cpay.sandbox.lifecycle.pending-delay", "10m"));
        client = app.client();
        simulator = app.simulator();
        http = new Http(app.url());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private static CreateCardOrderRequest order(String tradeNo, String amount) {
        return new CreateCardOrderRequest().userId("test002").merchantTradeNo(tradeNo).currency(CardOrderCurrency.USD)
                .amount(amount).products(List.of(new ProductLine().name("macBook").price(amount).num(1)
                        .currency("USD")))
                .country("US").email("asdf@gmail.com").ip("203.0.113.10").language(HostedPageLanguage.EN_US)
                .successUrl(URI.create("https://shop.merchant.example/checkout/ok"))
                .failUrl(URI.create("https://shop.merchant.example/checkout/failed"));
    }

    /** What the buyer's browser does on the cashier page: GET it, then submit its form. */
    private HttpResponse<String> buyerSubmits(URI cashierUrl, String outcome) {
        HttpResponse<String> page = http.get(cashierUrl.getRawPath());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return http.post(cashierUrl.getRawPath(), "outcome=" + outcome, "Content-Type",
                "application/x-www-form-urlencoded");
    }

    @Test
    void the_buyer_pays_on_the_hosted_page_and_the_order_completes_less_the_card_fee() throws ApiException {
        String tradeNo = Orders.tradeNo("card");

        Order created = new CardOrdersApi(client).createCardOrder(Orders.key(), order(tradeNo, "40.00"));

        assertThat(created.getKind()).isEqualTo(OrderKind.HOSTED_CARD);
        assertThat(created.getStatus()).isEqualTo(OrderStatus.PENDING);
        assertThat(created.getCpayOrderId()).isNotBlank();
        assertThat(created.getHostedCard().getCurrency()).isEqualTo(CardOrderCurrency.USD);
        assertThat(created.getHostedCard().getAmount()).isEqualTo("40.00");
        URI cashier = created.getHostedCard().getCashierUrl();
        assertThat(cashier).isNotNull();
        assertThat(cashier.getPath()).contains(created.getCpayOrderId());

        HttpResponse<String> paid = buyerSubmits(cashier, "pay");
        assertThat(paid.statusCode()).isEqualTo(200);
        assertThat(paid.body()).contains("https://shop.merchant.example/checkout/ok");

        // the simulator's card fee is 2.5 % of the amount
        Order done = Orders.awaitStatus(client, tradeNo, OrderStatus.COMPLETED);
        assertThat(done.getReportedAmounts().getCurrency()).isEqualTo("USD");
        assertThat(done.getReportedAmounts().getFee()).isEqualTo("1.00");
        assertThat(done.getReportedAmounts().getReceivedAmount()).isEqualTo("39.00");
        assertThat(done.getHistory()).extracting(StatusChange::getSource).contains(EventSource.WEBHOOK);
        assertThat(simulator.orderByTradeNo(tradeNo).status()).isEqualTo("COMPLETED");
    }

    @Test
    void a_payment_that_fails_on_the_hosted_page_closes_the_order() throws ApiException {
        String tradeNo = Orders.tradeNo("card-fail");
        Order created = new CardOrdersApi(client).createCardOrder(Orders.key(), order(tradeNo, "12.50"));

        HttpResponse<String> failed = buyerSubmits(created.getHostedCard().getCashierUrl(), "fail");

        assertThat(failed.body()).contains("https://shop.merchant.example/checkout/failed");
        Order closed = Orders.awaitStatus(client, tradeNo, OrderStatus.CLOSED);
        assertThat(closed.getHistory()).extracting(StatusChange::getSource).contains(EventSource.WEBHOOK);
    }

    @Test
    void an_amount_with_more_decimals_than_the_currency_is_refused_and_never_sent() {
        long sent = simulator.requests().stream().filter(r -> r.operation().equals("createOrderByCreditCard"))
                .count();

        ApiException refused = catchThrowableOfType(ApiException.class, () -> new CardOrdersApi(client)
                .createCardOrder(Orders.key(), order(Orders.tradeNo("card-bad"), "2.001")));

        assertThat(refused.getCode()).isIn(400, 422);
        assertThat(InternalApiClients.problem(client, refused).orElseThrow().getViolations())
                .extracting(Violation::getField).contains("amount");
        assertThat(simulator.requests().stream().filter(r -> r.operation().equals("createOrderByCreditCard"))
                .count()).isEqualTo(sent);
    }
}
