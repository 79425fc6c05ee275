package com.cpay.platform.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.StatusEvent;
import com.cpay.platform.domain.order.LeaseOrdersPort;
import com.cpay.platform.domain.order.OrderRepository;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reconciliation lease: stale non-terminal orders, oldest first, each to one holder at a time. */
abstract class OrderLeaseContract extends DatabaseTest {

    private static final Duration QUIET = Duration.ofMinutes(5);
    private static final Duration LEASE = Duration.ofMinutes(1);

    private OrderRepository orders;
    private Instant now;

    @BeforeEach
    void ports() {
        orders = bean(OrderRepository.class);
    }

    @BeforeEach
    void emptyAndSetClock() throws Exception {
        deleteAllOrders();
        now = Instant.parse("2026-03-10T12:00:00Z");
        clock.set(now);
    }

    private Order order(String tradeNo, Duration quietFor, OrderStatus status) {
        Instant created = now.minus(quietFor);
        Order order = Order.open(new MerchantTradeNo(tradeNo), NewOrder.cryptoDeposit(Optional.empty(),
                new UserId("u"), Money.parse("amount", "1", Asset.ETH)), created);
        if (status != OrderStatus.PENDING) {
            order.apply(StatusEvent.of(status, EventSource.WEBHOOK, created));
        }
        return orders.insert(order);
    }

    private static List<String> names(List<Order> leased) {
        return leased.stream().map(o -> o.merchantTradeNo().value()).toList();
    }

    @Test
    void the_lease_port_is_the_order_repository() {
        assertThat(bean(LeaseOrdersPort.class)).isSameAs(orders);
    }

    @Test
    void only_quiet_non_terminal_orders_are_leased_oldest_first() {
        order("fresh", Duration.ofMinutes(1), OrderStatus.PENDING);
        order("old-pending", Duration.ofMinutes(30), OrderStatus.PENDING);
        order("older-processing", Duration.ofMinutes(60), OrderStatus.PROCESSING);
        order("old-completed", Duration.ofMinutes(90), OrderStatus.COMPLETED);
        order("old-closed", Duration.ofMinutes(90), OrderStatus.CLOSED);
        order("just-quiet", QUIET, OrderStatus.PENDING);

        List<Order> leased = orders.leaseStaleOrders(10, QUIET, "worker-a", LEASE);
        assertThat(names(leased)).containsExactly("older-processing", "old-pending", "just-quiet");
    }

    @Test
    void a_leased_order_is_skipped_until_its_lease_runs_out() throws Exception {
        order("a", Duration.ofMinutes(10), OrderStatus.PENDING);
        assertThat(names(orders.leaseStaleOrders(5, QUIET, "worker-a", LEASE))).containsExactly("a");
        assertThat(leaseHolder("a")).isEqualTo("worker-a");
        assertThat(orders.leaseStaleOrders(5, QUIET, "worker-b", LEASE)).isEmpty();
        assertThat(orders.leaseStaleOrders(5, QUIET, "worker-a", LEASE)).isEmpty();

        clock.advance(LEASE);
        assertThat(names(orders.leaseStaleOrders(5, QUIET, "worker-b", LEASE))).containsExactly("a");
        assertThat(leaseHolder("a")).isEqualTo("worker-b");
    }

    @Test
    void at_most_max_orders_are_leased_per_call() {
        for (int i = 0; i < 5; i++) {
            order("m-" + i, Duration.ofMinutes(10 + i), OrderStatus.PENDING);
        }
        assertThat(names(orders.leaseStaleOrders(2, QUIET, "a", LEASE))).containsExactly("m-4", "m-3");
        assertThat(names(orders.leaseStaleOrders(2, QUIET, "b", LEASE))).containsExactly("m-2", "m-1");
        assertThat(names(orders.leaseStaleOrders(2, QUIET, "c", LEASE))).containsExactly("m-0");
    }

    @Test
    void a_lease_does_not_change_the_order_version() {
        order("v", Duration.ofMinutes(10), OrderStatus.PENDING);
        Order leased = orders.leaseStaleOrders(1, QUIET, "a", LEASE).get(0);
        assertThat(leased.version()).isZero();
        leased.apply(StatusEvent.of(OrderStatus.COMPLETED, EventSource.ORDER_QUERY, now));
        assertThat(orders.update(leased).version()).isEqualTo(1);
    }

    @Test
    void nonsense_arguments_are_refused() {
        assertThatThrownBy(() -> orders.leaseStaleOrders(0, QUIET, "a", LEASE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> orders.leaseStaleOrders(1, QUIET, "a", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void two_holders_leasing_concurrently_never_get_the_same_order() throws Exception {
        for (int round = 0; round < 3; round++) {
            deleteAllOrders();
            int total = 120;
            for (int i = 0; i < total; i++) {
                order("c" + round + "-" + i, Duration.ofMinutes(10).plusSeconds(i), OrderStatus.PENDING);
            }
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> holders = new ArrayList<>();
            for (String holder : List.of("holder-a", "holder-b")) {
                holders.add(pool.submit(() -> {
                    start.await();
                    List<String> mine = new ArrayList<>();
                    List<Order> batch;
                    do {
                        batch = orders.leaseStaleOrders(4, QUIET, holder, LEASE);
                        mine.addAll(names(batch));
                    } while (!batch.isEmpty());
                    return mine;
                }));
            }
            start.countDown();
            List<String> a = holders.get(0).get(60, TimeUnit.SECONDS);
            List<String> b = holders.get(1).get(60, TimeUnit.SECONDS);
            pool.shutdown();
            Set<String> both = new HashSet<>(a);
            both.retainAll(b);
            assertThat(both).as("orders leased to both holders").isEmpty();
            assertThat(a.size() + b.size()).isEqualTo(total);
            assertThat(new HashSet<>(a)).hasSize(a.size());
        }
    }

    private String leaseHolder(String tradeNo) throws Exception {
        try (Connection c = connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT lease_holder FROM orders WHERE merchant_trade_no = '" + tradeNo + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
