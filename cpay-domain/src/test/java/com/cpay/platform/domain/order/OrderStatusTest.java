package com.cpay.platform.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void each_status_carries_the_code_c_pay_documents() {
        assertThat(OrderStatus.PENDING.code()).isZero();
        assertThat(OrderStatus.PROCESSING.code()).isEqualTo(11);
        assertThat(OrderStatus.COMPLETED.code()).isEqualTo(14);
        assertThat(OrderStatus.CLOSED.code()).isEqualTo(15);
        assertThat(OrderStatus.PROCESSING.wireCode()).isEqualTo("11");
    }

    @Test
    void only_completed_and_closed_are_the_end_of_an_order() {
        assertThat(OrderStatus.PENDING.isTerminal()).isFalse();
        assertThat(OrderStatus.PROCESSING.isTerminal()).isFalse();
        assertThat(OrderStatus.COMPLETED.isTerminal()).isTrue();
        assertThat(OrderStatus.CLOSED.isTerminal()).isTrue();
    }

    @Test
    void the_lifecycle_ranks_pending_before_processing_before_both_ends() {
        assertThat(OrderStatus.PENDING.rank()).isLessThan(OrderStatus.PROCESSING.rank());
        assertThat(OrderStatus.PROCESSING.rank()).isLessThan(OrderStatus.COMPLETED.rank());
        assertThat(OrderStatus.COMPLETED.rank()).isEqualTo(OrderStatus.CLOSED.rank());
    }

    @Test
    void a_wire_code_names_its_status_and_an_undocumented_one_names_none() {
        assertThat(OrderStatus.fromCode(0)).contains(OrderStatus.PENDING);
        assertThat(OrderStatus.fromCode(11)).contains(OrderStatus.PROCESSING);
        assertThat(OrderStatus.fromCode(14)).contains(OrderStatus.COMPLETED);
        assertThat(OrderStatus.fromCode(15)).contains(OrderStatus.CLOSED);
        assertThat(OrderStatus.fromCode(12)).isEmpty();
        assertThat(OrderStatus.fromCode(-1)).isEmpty();
    }
}
