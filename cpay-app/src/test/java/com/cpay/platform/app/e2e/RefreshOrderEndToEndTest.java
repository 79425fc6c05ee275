package com.cpay.platform.app.e2e;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.Orders;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.client.internal.api.DepositsApi;
import com.cpay.platform.client.internal.api.OrdersApi;
import com.cpay.platform.client.internal.invoker.ApiClient;
import com.cpay.platform.client.internal.invoker.ApiException;
import com.cpay.platform.client.internal.model.CreateDepositRequest;
import com.cpay.platform.client.internal.model.EventSource;
import com.cpay.platform.client.internal.model.Order;
import com.cpay.platform.client.internal.model.OrderStatus;
import com.cpay.platform.client.internal.model.ReportOutcome;
import com.cpay.platform.client.internal.model.StatusChange;
import com.cpay.platform.sandbox.SandboxControl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/orders/{merchantTradeNo}/refresh} (C-Pay getOrderDetail), end to end through real HTTP: with
 * C-Pay's webhooks lost, asking C-Pay is how the platform learns that an order completed; asking again changes
 * nothing; an order the platform does not keep is 404.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefreshOrderEndToEndTest {

    private TestApp app;
    private ApiClient client;
    private SandboxControl simulator;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("cpay.sandbox.lifecycle.auto-advance", "false",
                "cpay.sandbox.webhooks.max-attempts", "1"));
        client = app.client();
        simulator = app.simulator();
        // every webhook of the simulator's merchant goes nowhere
        simulator.configureWebhook("20003092", "http://127.0.0.1:9/lost", "json");
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void a_refresh_learns_from_cpay_that_the_order_completed_and_a_second_one_changes_nothing() throws ApiException {
        Order created = new DepositsApi(client).createDeposit(Orders.key(),
                new CreateDepositRequest().userId("refresh-user").cryptoCurrency("USDT").amount("7.25"));
        String tradeNo = created.getMerchantTradeNo();
        simulator.moveOrder(simulator.orderByTradeNo(tradeNo).orderId(), "COMPLETED");
        OrdersApi orders = new OrdersApi(client);
        assertThat(orders.getOrder(tradeNo).getStatus()).isEqualTo(OrderStatus.PENDING);

        Order refreshed = orders.refreshOrder(tradeNo, Orders.key());

        assertThat(refreshed.getStatus()).isEqualTo(OrderStatus.COMPLETED);
        StatusChange last = refreshed.getHistory().get(refreshed.getHistory().size() - 1);
        assertThat(last.getSource()).isEqualTo(EventSource.ORDER_QUERY);
        assertThat(last.getOutcome()).isEqualTo(ReportOutcome.APPLIED);
        assertThat(last.getTo()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(refreshed.getReportedAmounts().getReceivedAmount()).isEqualTo("7.25");
        assertThat(orders.getOrder(tradeNo).getStatus()).isEqualTo(OrderStatus.COMPLETED);

        Order again = orders.refreshOrder(tradeNo, Orders.key());

        assertThat(again.getStatus()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(again.getHistory()).hasSize(refreshed.getHistory().size() + 1);
        assertThat(again.getHistory().get(again.getHistory().size() - 1).getOutcome())
                .isEqualTo(ReportOutcome.DUPLICATE);
        assertThat(again.getHistory()).filteredOn(c -> c.getOutcome() == ReportOutcome.APPLIED
                && c.getTo() == OrderStatus.COMPLETED).hasSize(1);
    }

    @Test
    void refreshing_an_order_the_platform_does_not_keep_is_404() {
        HttpResponse<String> answer = new Http(app.url()).post("/api/v1/orders/no-such-order/refresh", "",
                "Authorization", Http.bearer(), "Idempotency-Key", Orders.key());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
        assertThat(answer.body()).contains("urn:cpay-platform:problem:not-found");
    }
}
