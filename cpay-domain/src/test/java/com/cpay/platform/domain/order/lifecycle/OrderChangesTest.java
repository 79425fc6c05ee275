package com.cpay.platform.domain.order.lifecycle;

import com.cpay.platform.domain.fake.Examples;
import com.cpay.platform.domain.fake.StaleSaves;
import static com.cpay.platform.domain.fake.Examples.TRADE_NO;
import static com.cpay.platform.domain.fake.Examples.USER;
import static com.cpay.platform.domain.fake.Examples.usdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.HistoryRead;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.StatusEvent;
import com.cpay.platform.domain.order.ConcurrentUpdateException;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.OrderPage;
import com.cpay.platform.domain.order.OrderQuery;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.NotFoundException;
import com.cpay.platform.domain.shared.TransactionHash;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderChangesTest {

    private final FakePlatform platform = new FakePlatform();

    @Test
    void a_change_that_keeps_losing_the_race_is_given_up_after_five_tries() {
        AtomicInteger updates = new AtomicInteger();
        Order order = platform.orders.insert(newOrder());
        OrderChanges changes = new OrderChanges(platform.orders, new StaleSaves(platform.orders, updates));

        assertThatThrownBy(() -> changes.change(order, o -> o)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(updates.get()).isEqualTo(OrderChanges.MAX_TRIES).isEqualTo(5);
    }

    @Test
    void a_change_that_lost_once_is_redone_on_a_fresh_read() {
        Order stale = platform.orders.insert(newOrder());
        Order other = platform.orders.get(TRADE_NO);
        other.apply(StatusEvent.of(OrderStatus.PROCESSING, EventSource.WEBHOOK, platform.clock.instant()));
        platform.orders.update(other);
        AtomicInteger calls = new AtomicInteger();

        Order saved = new OrderChanges(platform.orders, platform.orders).change(stale, o -> {
            calls.incrementAndGet();
            o.apply(StatusEvent.of(OrderStatus.COMPLETED, EventSource.WEBHOOK, platform.clock.instant()));
            return o;
        });

        assertThat(calls.get()).isEqualTo(2);
        assertThat(saved.history()).extracting(c -> c.to())
                .containsExactly(OrderStatus.PROCESSING, OrderStatus.COMPLETED);
    }

    @Test
    void an_order_read_to_be_changed_is_redone_on_a_fresh_read_of_its_last_entry() {
        Order order = platform.orders.insert(newOrder());
        for (int i = 0; i < 2; i++) {
            order.apply(StatusEvent.of(OrderStatus.PROCESSING, EventSource.WEBHOOK, platform.clock.instant()));
            order = platform.orders.update(order);
        }
        Order stale = platform.orders.findByMerchantTradeNo(TRADE_NO, HistoryRead.LAST_ENTRY).orElseThrow();
        platform.orders.update(platform.orders.findByMerchantTradeNo(TRADE_NO).orElseThrow());
        int wholeReads = platform.orders.wholeHistoryReads();

        Order saved = new OrderChanges(platform.orders, platform.orders).change(stale, o -> {
            o.apply(StatusEvent.of(OrderStatus.COMPLETED, EventSource.WEBHOOK, platform.clock.instant()));
            return o;
        });

        assertThat(saved.holdsWholeHistory()).isFalse();
        assertThat(platform.orders.wholeHistoryReads() - wholeReads).as("reads of the whole history").isZero();
        assertThat(platform.orders.get(TRADE_NO).history()).extracting(c -> c.to())
                .containsExactly(OrderStatus.PROCESSING, OrderStatus.PROCESSING, OrderStatus.COMPLETED);
    }

    @Test
    void an_order_that_vanished_between_tries_is_not_found() {
        Order order = platform.orders.insert(newOrder());
        OrderChanges changes = new OrderChanges(new NothingStored(), new StaleSaves(platform.orders,
                new AtomicInteger()));

        assertThatThrownBy(() -> changes.change(order, o -> o)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining(TRADE_NO.value());
    }

    private Order newOrder() {
        return Order.open(TRADE_NO, NewOrder.cryptoDeposit(Optional.empty(), USER, usdt("1")),
                platform.clock.instant());
    }

    private static final class NothingStored implements LoadOrderPort {
        @Override
        public Optional<Order> findByMerchantTradeNo(MerchantTradeNo merchantTradeNo) {
            return Optional.empty();
        }

        @Override
        public Optional<Order> findByCpayOrderId(CpayOrderId cpayOrderId) {
            return Optional.empty();
        }

        @Override
        public Optional<Order> findByHash(TransactionHash hash) {
            return Optional.empty();
        }

        @Override
        public OrderPage list(OrderQuery query) {
            return new OrderPage(java.util.List.of(), Optional.empty());
        }
    }
}
