package com.cpay.platform.sandbox.state;

import com.cpay.platform.sandbox.rules.Rejection;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.cpay.platform.sandbox.state.StateFileTest.MERCHANT;
import static com.cpay.platform.sandbox.state.StateFileTest.payout;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without one global lock, the gateway's rules still hold under concurrent requests: a payout's balance check and
 * hold are one step with its creation, and a merchantTradeNo is taken once.
 */
class OrderBookConcurrencyTest {

    @Test
    void concurrent_payouts_never_hold_more_than_the_balance() throws Exception {
        try (ApplicationContext context = ApplicationContext.run()) {
            OrderBook orders = context.getBean(OrderBook.class);
            Balances balances = context.getBean(Balances.class);
            balances.set(MERCHANT, "USDT", new BigDecimal("100"), BigDecimal.ZERO);

            List<Boolean> accepted = inParallel(300, i -> {
                try {
                    orders.create(payout(String.format("2611260000000%05d014", i), "payout-" + i, "1").build(), "test");
                    return true;
                } catch (Rejection e) {
                    assertThat(e.getMessage()).startsWith("insufficient USDT balance");
                    return false;
                }
            });

            assertThat(accepted).filteredOn(a -> a).hasSize(100);
            assertThat(usdt(balances)).satisfies(b -> {
                assertThat(b.available()).isEqualByComparingTo("0");
                assertThat(b.freeze()).isEqualByComparingTo("100");
            });
        }
    }

    @Test
    void a_merchant_trade_number_sent_by_many_at_once_makes_one_order() throws Exception {
        try (ApplicationContext context = ApplicationContext.run()) {
            OrderBook orders = context.getBean(OrderBook.class);
            List<Boolean> accepted = inParallel(64, i -> {
                try {
                    orders.create(payout(String.format("2611260000000%05d014", i), "same", "1").build(), "test");
                    return true;
                } catch (Rejection e) {
                    return false;
                }
            });
            assertThat(accepted).filteredOn(a -> a).hasSize(1);
            assertThat(orders.orders()).hasSize(1);
            assertThat(usdt(context.getBean(Balances.class)).freeze()).isEqualByComparingTo("1");
        }
    }

    @Test
    void concurrent_completions_and_closings_leave_the_balances_consistent() throws Exception {
        try (ApplicationContext context = ApplicationContext.run()) {
            OrderBook orders = context.getBean(OrderBook.class);
            List<Order> created = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                created.add(orders.create(payout(String.format("2611260000000%05d014", i), "p-" + i, "2").build(), "test"));
            }
            // every order moved to COMPLETED (even) or CLOSED (odd) by two racing movers each
            inParallel(400, i -> orders.transition(created.get(i % 200).orderId(), 1L,
                    i % 2 == 0 ? OrderStatus.COMPLETED : OrderStatus.CLOSED, "race", o -> o).isPresent());
            long completed = orders.orders().stream().filter(o -> o.status() == OrderStatus.COMPLETED).count();
            assertThat(orders.orders()).allSatisfy(o -> assertThat(o.version()).isEqualTo(2));
            assertThat(usdt(context.getBean(Balances.class))).satisfies(b -> {
                assertThat(b.freeze()).isEqualByComparingTo("0");
                assertThat(b.available()).isEqualByComparingTo(new BigDecimal(10000 - 2 * completed));
            });
        }
    }

    private static Balance usdt(Balances balances) {
        return balances.balances(MERCHANT).stream().filter(b -> b.asset().equals("USDT")).findFirst().orElseThrow();
    }

    private interface Attempt {
        boolean run(int i) throws Exception;
    }

    private static List<Boolean> inParallel(int count, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit((Callable<Boolean>) () -> attempt.run(n)));
            }
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
