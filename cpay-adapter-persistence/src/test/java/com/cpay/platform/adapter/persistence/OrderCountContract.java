package com.cpay.platform.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.StatusEvent;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.order.query.AttentionCounts;
import com.cpay.platform.domain.order.query.CountOrdersPort;
import com.cpay.platform.domain.order.OrderRepository;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Orders counted by status for the metrics: every status present (only the open ones in the open count), each order
 * counted once, in its status now.
 */
abstract class OrderCountContract extends DatabaseTest {

    private static final Instant AT = Instant.parse("2026-03-10T12:00:00Z");

    private OrderRepository orders;
    private CountOrdersPort counter;

    @BeforeEach
    void emptyTables() throws Exception {
        deleteAllOrders();
        orders = bean(OrderRepository.class);
        counter = bean(CountOrdersPort.class);
    }

    private void order(String tradeNo, OrderStatus... statuses) {
        orders.insert(deposit(tradeNo, statuses));
    }

    private static Order deposit(String tradeNo, OrderStatus... statuses) {
        Order order = Order.open(new MerchantTradeNo(tradeNo), NewOrder.cryptoDeposit(Optional.empty(),
                new UserId("u"), Money.parse("amount", "1", Asset.USDT)), AT);
        for (OrderStatus status : statuses) {
            order.apply(StatusEvent.of(status, EventSource.WEBHOOK, AT));
        }
        return order;
    }

    @Test
    void with_no_order_every_status_counts_zero() {
        assertThat(counter.countByStatus()).containsOnlyKeys(OrderStatus.values()).allSatisfy(
                (status, count) -> assertThat(count).isZero());
        assertThat(counter.countOpenByStatus()).containsOnlyKeys(OrderStatus.PENDING, OrderStatus.PROCESSING)
                .allSatisfy((status, count) -> assertThat(count).isZero());
    }

    @Test
    void each_order_is_counted_once_in_the_status_it_has_now() {
        order("a");
        order("b", OrderStatus.PROCESSING);
        order("c", OrderStatus.PROCESSING, OrderStatus.COMPLETED);
        order("d", OrderStatus.COMPLETED);
        order("e", OrderStatus.CLOSED);
        order("f", OrderStatus.PROCESSING);

        assertThat(counter.countByStatus()).isEqualTo(Map.of(OrderStatus.PENDING, 1L, OrderStatus.PROCESSING, 2L,
                OrderStatus.COMPLETED, 2L, OrderStatus.CLOSED, 1L));
        assertThat(counter.countOpenByStatus()).isEqualTo(Map.of(OrderStatus.PENDING, 1L, OrderStatus.PROCESSING,
                2L));
    }

    @Test
    void orders_flagged_for_review_and_with_an_unknown_outcome_are_counted_apart() {
        assertThat(counter.countNeedingAttention()).isEqualTo(new AttentionCounts(0, 0));
        order("plain");
        Order flagged = deposit("flagged", OrderStatus.PROCESSING);
        flagged.flagForReview(ReviewReason.UNKNOWN_STATUS, "code 99", AT);
        orders.insert(flagged);
        Order unknown = deposit("unknown");
        unknown.markOutcomeUnknown("timeout", EventSource.CREATE_RESPONSE, AT, AT.plusSeconds(60));
        orders.insert(unknown);
        Order both = deposit("both");
        both.flagForReview(ReviewReason.UNKNOWN_STATUS, "code 98", AT);
        both.markOutcomeUnknown("timeout", EventSource.CREATE_RESPONSE, AT, AT.plusSeconds(60));
        orders.insert(both);

        assertThat(counter.countNeedingAttention()).isEqualTo(new AttentionCounts(2, 2));
    }
}
