package com.cpay.platform.domain.fake;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.StatusEvent;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The fake counts orders by status the way the database adapter does. */
class InMemoryOrderCountTest {

    private static final Instant AT = Instant.parse("2026-03-10T12:00:00Z");

    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(new MutableClock(AT));

    @Test
    void every_status_is_present_and_each_order_counts_once_in_its_status_now() {
        assertThat(orders.countByStatus()).containsOnlyKeys(OrderStatus.values())
                .allSatisfy((status, count) -> assertThat(count).isZero());
        Order completed = Order.open(new MerchantTradeNo("a"), NewOrder.cryptoDeposit(Optional.empty(),
                new UserId("u"), Money.parse("amount", "1", Asset.USDT)), AT);
        orders.insert(completed);
        completed = orders.findByMerchantTradeNo(new MerchantTradeNo("a")).orElseThrow();
        completed.apply(StatusEvent.of(OrderStatus.COMPLETED, EventSource.WEBHOOK, AT));
        orders.update(completed);
        orders.insert(Order.open(new MerchantTradeNo("b"), NewOrder.cryptoDeposit(Optional.empty(), new UserId("u"),
                Money.parse("amount", "2", Asset.USDT)), AT));

        assertThat(orders.countByStatus()).isEqualTo(Map.of(OrderStatus.PENDING, 1L, OrderStatus.PROCESSING, 0L,
                OrderStatus.COMPLETED, 1L, OrderStatus.CLOSED, 0L));
        assertThat(orders.countOpenByStatus()).isEqualTo(Map.of(OrderStatus.PENDING, 1L, OrderStatus.PROCESSING, 0L));
    }
}
