package com.cpay.platform.domain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.CpayRejection;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.order.StatusEvent;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class OrderChangeEventsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void a_new_order_is_created() {
        assertThat(OrderChangeEvents.ofCreation(deposit().snapshot())).containsExactly(EventType.ORDER_CREATED);
    }

    @Test
    void a_status_report_that_moves_the_order_changes_its_status() {
        assertThat(change(o -> o.apply(StatusEvent.of(OrderStatus.PROCESSING, EventSource.WEBHOOK, T0.plusSeconds(1)))))
                .containsExactly(EventType.ORDER_STATUS_CHANGED);
    }

    @Test
    void a_duplicate_report_changes_nothing_a_reader_sees_and_makes_no_event() {
        Order order = deposit();
        order.apply(StatusEvent.of(OrderStatus.PROCESSING, EventSource.WEBHOOK, T0.plusSeconds(1)));
        OrderSnapshot before = order.snapshot();
        order.apply(StatusEvent.of(OrderStatus.PROCESSING, EventSource.WEBHOOK, T0.plusSeconds(2)));

        assertThat(order.history()).hasSize(2);
        assertThat(OrderChangeEvents.between(before, order.snapshot())).isEmpty();
    }

    @Test
    void completing_with_another_amount_than_asked_changes_the_status_and_flags_the_order() {
        Money other = Money.parse("amount", "9.5", Asset.USDT);
        assertThat(change(o -> o.apply(StatusEvent.of(OrderStatus.COMPLETED, EventSource.WEBHOOK, T0.plusSeconds(1))
                .withAmounts(ReportedAmounts.of(other, other, Money.parse("amount", "0", Asset.USDT))))))
                .startsWith(EventType.ORDER_STATUS_CHANGED);
    }

    @Test
    void flags_unknown_outcomes_resolutions_and_rejections_each_make_their_event() {
        assertThat(change(o -> o.flagForReview(ReviewReason.AMOUNT_MISMATCH, "differs", T0.plusSeconds(1))))
                .containsExactly(EventType.ORDER_REVIEW_FLAGGED);
        assertThat(change(o -> o.markOutcomeUnknown("timeout", EventSource.CREATE_RESPONSE, T0.plusSeconds(1),
                T0.plusSeconds(60)))).containsExactly(EventType.ORDER_OUTCOME_UNKNOWN);
        assertThat(change(o -> o.recordRejection(new CpayRejection(1001, "bad", "t-1", T0.plusSeconds(1)))))
                .contains(EventType.ORDER_REJECTED);

        Order flagged = deposit();
        flagged.flagForReview(ReviewReason.AMOUNT_MISMATCH, "differs", T0.plusSeconds(1));
        OrderSnapshot before = flagged.snapshot();
        flagged.clearReview(T0.plusSeconds(2));
        assertThat(OrderChangeEvents.between(before, flagged.snapshot())).containsExactly(EventType.ORDER_RESOLVED);
    }

    @Test
    void c_pays_id_arriving_alone_is_an_update() {
        assertThat(change(o -> o.assignCpayOrderId(new CpayOrderId("221116112637772768014"), T0.plusSeconds(1))))
                .containsExactly(EventType.ORDER_UPDATED);
    }

    @Test
    void two_different_orders_are_not_compared() {
        Order other = Order.open(new MerchantTradeNo("other"), NewOrder.cryptoDeposit(Optional.empty(),
                new UserId("u"), Money.parse("amount", "10", Asset.USDT)), T0);

        assertThatThrownBy(() -> OrderChangeEvents.between(deposit().snapshot(), other.snapshot()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static java.util.List<EventType> change(Consumer<Order> change) {
        Order order = deposit();
        OrderSnapshot before = order.snapshot();
        change.accept(order);
        return OrderChangeEvents.between(before, order.snapshot());
    }

    private static Order deposit() {
        return Order.open(new MerchantTradeNo("trade-1"), NewOrder.cryptoDeposit(Optional.empty(),
                new UserId("user-7"), Money.parse("amount", "10", Asset.USDT)), T0);
    }
}
