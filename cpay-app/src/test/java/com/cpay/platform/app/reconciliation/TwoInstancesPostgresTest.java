package com.cpay.platform.app.reconciliation;

import com.cpay.platform.app.support.Await;
import com.cpay.platform.app.support.Postgres;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.client.internal.api.DepositsApi;
import com.cpay.platform.client.internal.api.OrdersApi;
import com.cpay.platform.client.internal.invoker.ApiException;
import com.cpay.platform.client.internal.model.CreateDepositRequest;
import com.cpay.platform.client.internal.model.EventSource;
import com.cpay.platform.client.internal.model.Order;
import com.cpay.platform.sandbox.journal.RequestRecord;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one PostgreSQL database, both running the reconciliation job every 100 ms
 * over the same stale orders: the lease (FOR UPDATE SKIP LOCKED) gives each order to one of them, so C-Pay is asked
 * about every order exactly once. Skipped, with the reason, when PostgreSQL is unreachable.
 */
class TwoInstancesPostgresTest {

    private static final int ORDERS = 30;

    @Test
    void no_order_is_reconciled_twice() throws Exception {
        Assumptions.assumeTrue(Postgres.unavailable().isEmpty(), () -> Postgres.unavailable().orElse(""));
        Map<String, Object> job = Map.of("cpay.reconciliation.enabled", "true", "cpay.reconciliation.interval", "100ms",
                "cpay.reconciliation.initial-delay", "0s", "cpay.reconciliation.min-age", "2s",
                "cpay.reconciliation.lease", "10m", "cpay.reconciliation.batch-size", "4");
        try (Postgres database = Postgres.freshSchema("twoinstances")) {
            Map<String, Object> first = new HashMap<>(database.properties());
            first.putAll(job);
            first.put("cpay.instance-id", "instance-a");
            first.put("cpay.sandbox.lifecycle.auto-advance", "false");
            try (TestApp a = TestApp.start(first)) {
                Map<String, Object> second = new HashMap<>(TestApp.properties(database.properties()));
                second.putAll(job);
                second.put("cpay.instance-id", "instance-b");
                second.put("cpay.sandbox.enabled", "false");
                second.put("cpay.base-url", a.url().toString());
                try (ApplicationContext b = ApplicationContext.run(EmbeddedServer.class, second)
                        .getApplicationContext()) {
                    List<String> tradeNos = new ArrayList<>();
                    DepositsApi deposits = new DepositsApi(a.client());
                    for (int i = 0; i < ORDERS; i++) {
                        tradeNos.add(deposits.createDeposit(UUID.randomUUID().toString(), new CreateDepositRequest()
                                .userId("recon-" + i).cryptoCurrency("USDT").amount("1")).getMerchantTradeNo());
                    }
                    OrdersApi orders = new OrdersApi(a.client());
                    Await.until(() -> tradeNos.stream().allMatch(no -> queries(orders, no) >= 1),
                            Duration.ofSeconds(60));
                    Await.sleep(2000);

                    for (String no : tradeNos) {
                        assertThat(queries(orders, no)).as(no).isEqualTo(1);
                        assertThat(asked(a, no)).as(no).isEqualTo(1);
                    }
                    double byA = reconciled(a.context());
                    double byB = reconciled(b);
                    System.out.printf("reconciled by instance-a: %.0f, by instance-b: %.0f%n", byA, byB);
                    assertThat(byA + byB).isEqualTo(ORDERS);
                }
            }
        }
    }

    private static long queries(OrdersApi orders, String tradeNo) {
        try {
            Order order = orders.getOrder(tradeNo);
            return order.getHistory().stream().filter(c -> c.getSource() == EventSource.ORDER_QUERY).count();
        } catch (ApiException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How often C-Pay (the simulator) was asked getOrderDetail about this order. */
    private static long asked(TestApp cpay, String tradeNo) {
        String orderId = cpay.simulator().orderByTradeNo(tradeNo).orderId();
        return cpay.simulator().requests().stream().filter(r -> r.operation().equals("getOrderDetail"))
                .map(RequestRecord::parameters)
                .filter(p -> p.containsValue(orderId) || p.containsValue(tradeNo)).count();
    }

    private static double reconciled(ApplicationContext context) {
        return context.getBean(MeterRegistry.class).find("cpay.reconciliation.orders").counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }
}
