package com.cpay.platform.domain.order;

import static com.cpay.platform.domain.order.OrderFixtures.at;
import static com.cpay.platform.domain.order.OrderFixtures.deposit;
import static com.cpay.platform.domain.order.OrderFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An order read to be changed holds only its last history entry, and changes exactly as the whole order would. */
class HistoryTailTest {

    private static Order withThreeReports() {
        Order order = deposit();
        order.apply(event(OrderStatus.PROCESSING, 1));
        order.apply(event(OrderStatus.PROCESSING, 2));
        order.apply(event("XYZ", 3));
        return order;
    }

    @Test
    void the_last_entry_only_keeps_how_many_came_before_it() {
        OrderSnapshot whole = withThreeReports().snapshot();

        OrderSnapshot tail = whole.lastEntryOnly();

        assertThat(tail.history()).containsExactly(whole.history().get(2));
        assertThat(tail.historyOffset()).isEqualTo(2);
        assertThat(tail.historySize()).isEqualTo(3).isEqualTo(whole.historySize());
        assertThat(tail.lastEntryOnly()).isEqualTo(tail);
        assertThat(tail.withHistory(whole.history())).isEqualTo(whole);
        assertThat(whole.historyOffset()).isZero();
    }

    @Test
    void a_history_of_one_entry_or_none_is_whole_when_only_the_last_is_asked_for() {
        Order fresh = deposit();
        Order once = deposit();
        once.apply(event(OrderStatus.PROCESSING, 1));

        assertThat(fresh.snapshot().lastEntryOnly()).isEqualTo(fresh.snapshot());
        assertThat(once.snapshot().lastEntryOnly()).isEqualTo(once.snapshot());
        assertThat(Order.rehydrate(once.snapshot().lastEntryOnly()).holdsWholeHistory()).isTrue();
    }

    @Test
    void an_order_holding_only_its_last_entry_refuses_to_show_its_history() {
        Order tail = Order.rehydrate(withThreeReports().snapshot().lastEntryOnly());

        assertThat(tail.holdsWholeHistory()).isFalse();
        assertThatThrownBy(tail::history).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(OrderFixtures.TRADE_NO.value()).hasMessageContaining("HistoryRead.FULL");
        assertThat(tail.lastStatusChange()).map(StatusChange::code).contains(StatusCode.of("XYZ"));
    }

    @Test
    void a_change_to_the_last_entry_alone_is_the_change_to_the_whole_order() {
        Order whole = withThreeReports();
        Order tail = Order.rehydrate(whole.snapshot().lastEntryOnly());

        for (Order order : List.of(whole, tail)) {
            order.apply(event(OrderStatus.COMPLETED, 4));
            order.apply(event(OrderStatus.COMPLETED, 5));
        }

        OrderSnapshot changedWhole = whole.snapshot();
        OrderSnapshot changedTail = tail.snapshot();
        assertThat(changedTail.history()).containsExactlyElementsOf(changedWhole.history().subList(2, 5));
        assertThat(changedTail.historyOffset()).isEqualTo(2);
        assertThat(changedTail.withHistory(changedWhole.history())).isEqualTo(changedWhole);
    }

    @Test
    void the_last_status_change_is_none_before_the_first_report() {
        assertThat(deposit().lastStatusChange()).isEmpty();
        assertThat(withThreeReports().lastStatusChange()).map(StatusChange::at).contains(at(3));
    }

    @Test
    void an_offset_needs_an_entry_and_cannot_be_negative() {
        OrderSnapshot s = deposit().snapshot();

        assertThatThrownBy(() -> withOffset(s, List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withOffset(s, List.of(), -1)).isInstanceOf(IllegalArgumentException.class);
        StatusChange last = withThreeReports().snapshot().history().get(2);
        assertThat(withOffset(s, List.of(), 0).historySize()).isZero();
        assertThat(withOffset(withThreeReports().snapshot(), List.of(last), 2).historySize()).isEqualTo(3);
    }

    @Test
    void a_tail_whose_last_entry_does_not_end_in_the_status_is_refused() {
        OrderSnapshot tail = withThreeReports().snapshot().lastEntryOnly();
        StatusChange wrong = new StatusChange(OrderStatus.PENDING, OrderStatus.CLOSED, StatusCode.of("CLOSED"),
                EventSource.WEBHOOK, OutcomeKind.APPLIED, at(4));

        assertThatThrownBy(() -> Order.rehydrate(withOffset(tail, List.of(wrong), 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static OrderSnapshot withOffset(OrderSnapshot s, List<StatusChange> history, int offset) {
        return new OrderSnapshot(s.merchantTradeNo(), s.cpayOrderId(), s.userId(), s.status(), s.requestedAmount(),
                s.reportedAmounts(), s.details(), s.createdAt(), s.updatedAt(), s.version(), s.needsReview(),
                s.reviewNotes(), history, s.rejection(), s.outcomeUnknown(), offset);
    }
}
