package com.cpay.platform.app.reconciliation;

import com.cpay.platform.app.support.Await;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.client.internal.api.DepositsApi;
import com.cpay.platform.client.internal.api.OrdersApi;
import com.cpay.platform.client.internal.invoker.ApiException;
import com.cpay.platform.client.internal.model.CreateDepositRequest;
import com.cpay.platform.client.internal.model.EventSource;
import com.cpay.platform.client.internal.model.Order;
import com.cpay.platform.client.internal.model.OrderStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduled job finds an order whose webhook never arrived and settles it from C-Pay's answer. */
class ReconciliationJobTest {

    @Test
    void an_order_whose_webhook_was_lost_is_completed_by_reconciliation() throws Exception {
        try (TestApp app = TestApp.start(Map.of("cpay.reconciliation.enabled", "true",
                "cpay.reconciliation.interval", "200ms", "cpay.reconciliation.initial-delay", "0s",
                "cpay.reconciliation.min-age", "500ms", "cpay.sandbox.lifecycle.auto-advance", "false",
                // a createOrder slower than min-age (a busy machine) is leased while C-Pay's answer is still on
                // its way; a short lease lets the next run see the answered order instead of waiting 5 minutes
                "cpay.reconciliation.lease", "1s",
                "cpay.sandbox.webhooks.max-attempts", "1"))) {
            app.simulator().configureWebhook("20003092", "http://127.0.0.1:9/lost", "json");
            Order created = new DepositsApi(app.client()).createDeposit(UUID.randomUUID().toString(),
                    new CreateDepositRequest().userId("recon").cryptoCurrency("USDT").amount("4"));
            var atCpay = app.simulator().orderByTradeNo(created.getMerchantTradeNo());
            app.simulator().moveOrder(atCpay.orderId(), "COMPLETED");

            OrdersApi orders = new OrdersApi(app.client());
            Order done = Await.until(() -> {
                try {
                    return orders.getOrder(created.getMerchantTradeNo());
                } catch (ApiException e) {
                    throw new IllegalStateException(e);
                }
            }, o -> o.getStatus() == OrderStatus.COMPLETED, Duration.ofSeconds(20));

            assertThat(done.getHistory().get(done.getHistory().size() - 1).getSource())
                    .isEqualTo(EventSource.ORDER_QUERY);
            assertThat(done.getHistory()).noneMatch(c -> c.getSource() == EventSource.WEBHOOK);
        }
    }
}
