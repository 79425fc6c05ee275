package com.cpay.platform.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderKind;
import com.cpay.platform.domain.order.OrderSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mapper alone: every kind survives the round trip; lists are cut to the row's counts. */
class OrderRowMapperTest {

    @Test
    void every_kind_maps_to_a_row_and_back_unchanged() {
        for (Order order : OrderExamples.everyKind("map")) {
            OrderSnapshot s = order.snapshot();
            OrderRow row = OrderRowMapper.toRow(s, "m", 7L);
            assertThat(OrderRowMapper.toSnapshot(row, OrderRowMapper.historyRows(7L, s, 0),
                    OrderRowMapper.noteRows(7L, s.reviewNotes(), 0))).as(order.kind().name()).isEqualTo(s);
        }
    }

    // the storage contracts run on everyKind, so a kind without an example would never meet the schema (its kind
    // CHECK constraint, its details document) before production does
    @Test
    void the_examples_cover_every_kind_of_order() {
        assertThat(OrderExamples.everyKind("all").stream().map(Order::kind))
                .containsExactlyInAnyOrder(OrderKind.values());
    }

    @Test
    void entries_appended_after_the_row_was_read_are_left_out() {
        Order order = OrderExamples.deposit("read-early");
        OrderRow readBefore = OrderRowMapper.toRow(order.snapshot(), "m", 1L);
        order.apply(OrderExamples.processing(OrderExamples.T0.plusSeconds(1)));
        List<StatusHistoryRow> committedSince = OrderRowMapper.historyRows(1L, order.snapshot(), 0);

        OrderSnapshot read = OrderRowMapper.toSnapshot(readBefore, committedSince, List.of());
        assertThat(read.history()).isEmpty();
        assertThat(Order.rehydrate(read).status()).isEqualTo(order.snapshot().history().get(0).from());
    }

    @Test
    void missing_entries_are_reported_as_damage() {
        Order order = OrderExamples.deposit("damaged");
        order.apply(OrderExamples.processing(OrderExamples.T0.plusSeconds(1)));
        OrderRow row = OrderRowMapper.toRow(order.snapshot(), "m", 1L);
        assertThatThrownBy(() -> OrderRowMapper.toSnapshot(row, List.of(), List.of()))
                .isInstanceOf(IllegalStateException.class);
    }
}
