package com.cpay.platform.domain.order;

import java.util.Optional;
import static com.cpay.platform.domain.order.OrderFixtures.CPAY_ID;
import static com.cpay.platform.domain.order.OrderFixtures.at;
import static com.cpay.platform.domain.order.OrderFixtures.deposit;
import static com.cpay.platform.domain.order.OrderFixtures.depositIn;
import static com.cpay.platform.domain.order.OrderFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.shared.GatewayRejectedException;
import org.junit.jupiter.api.Test;

class OrderRejectionTest {

    private static final CpayRejection PAY_FAIL = new CpayRejection(90751015L, "pay fail", "221117082830X664937",
            at(5));

    @Test
    void an_order_cpay_refused_is_closed_and_keeps_the_refusal() {
        Order order = deposit();

        order.recordRejection(PAY_FAIL);

        assertThat(order.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(order.rejection()).contains(PAY_FAIL);
        assertThat(order.history()).containsExactly(new StatusChange(OrderStatus.PENDING, OrderStatus.CLOSED,
                StatusCode.of(OrderStatus.CLOSED), EventSource.CREATE_RESPONSE, OutcomeKind.APPLIED, at(5)));
        assertThat(order.updatedAt()).isEqualTo(at(5));
        assertThat(order.needsReview()).isFalse();
    }

    @Test
    void an_order_nobody_refused_has_no_rejection() {
        Order closed = depositIn(OrderStatus.CLOSED, ReportedAmounts.none());

        assertThat(deposit().rejection()).isEmpty();
        assertThat(closed.rejection()).isEmpty();
    }

    @Test
    void an_order_still_processing_can_be_refused() {
        Order order = depositIn(OrderStatus.PROCESSING, ReportedAmounts.none());

        assertThat(order.canRecordRejection()).isTrue();
        order.recordRejection(PAY_FAIL);

        assertThat(order.status()).isEqualTo(OrderStatus.CLOSED);
    }

    @Test
    void a_finished_order_cannot_be_refused_any_more() {
        for (OrderStatus terminal : new OrderStatus[] {OrderStatus.COMPLETED, OrderStatus.CLOSED}) {
            Order order = depositIn(terminal, ReportedAmounts.none());

            assertThat(order.canRecordRejection()).isFalse();
            assertThatThrownBy(() -> order.recordRejection(PAY_FAIL)).isInstanceOf(IllegalStateException.class);
            assertThat(order.rejection()).isEmpty();
            assertThat(order.status()).isEqualTo(terminal);
            assertThat(order.history()).hasSize(1);
        }
    }

    @Test
    void an_order_cpay_gave_an_id_cannot_be_refused() {
        Order order = deposit();
        order.assignCpayOrderId(CPAY_ID, at(1));

        assertThat(order.canRecordRejection()).isFalse();
        assertThatThrownBy(() -> order.recordRejection(PAY_FAIL)).isInstanceOf(IllegalStateException.class);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.history()).isEmpty();
    }

    @Test
    void a_refusal_is_stored_and_comes_back() {
        Order order = deposit();
        order.recordRejection(PAY_FAIL);

        Order again = Order.rehydrate(order.snapshot());

        assertThat(again.rejection()).contains(PAY_FAIL);
        assertThat(again.snapshot()).isEqualTo(order.snapshot());
    }

    @Test
    void a_stored_refusal_on_an_order_that_is_not_closed_is_refused() {
        Order refused = deposit();
        refused.recordRejection(PAY_FAIL);
        OrderSnapshot s = refused.snapshot();
        Order completed = deposit();
        completed.apply(event(OrderStatus.COMPLETED, 1));
        OrderSnapshot c = completed.snapshot();

        assertThatThrownBy(() -> Order.rehydrate(new OrderSnapshot(c.merchantTradeNo(), c.cpayOrderId(), c.userId(),
                c.status(), c.requestedAmount(), c.reportedAmounts(), c.details(), c.createdAt(), c.updatedAt(),
                c.version(), c.needsReview(), c.reviewNotes(), c.history(), s.rejection(), Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CLOSED");
    }

    @Test
    void a_refusal_is_read_from_cpays_answer_with_or_without_message_and_trace() {
        assertThat(CpayRejection.of(new GatewayRejectedException(90751015L, "pay fail", "t-1"), at(2)))
                .isEqualTo(new CpayRejection(90751015L, "pay fail", "t-1", at(2)));
        assertThat(CpayRejection.of(new GatewayRejectedException(1L, null, null), at(2)))
                .isEqualTo(new CpayRejection(1L, null, null, at(2)));
        assertThat(new CpayRejection(1L, " ", null, at(2)).msg()).isEqualTo(" ");
    }

    @Test
    void a_refusal_has_a_non_zero_code_and_a_time() {
        assertThatThrownBy(() -> new CpayRejection(0L, "ok", null, at(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CpayRejection(1L, "no", null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_flag_for_review_adds_a_note_keeps_the_status_and_version() {
        Order order = deposit();

        order.flagForReview(ReviewReason.AMOUNT_MISMATCH, "fee missing", at(5));

        assertThat(order.needsReview()).isTrue();
        assertThat(order.reviewNotes()).containsExactly(new ReviewNote(ReviewReason.AMOUNT_MISMATCH, "fee missing",
                at(5)));
        assertThat(order.updatedAt()).isEqualTo(at(5));
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.version()).isZero();
    }

    @Test
    void a_flag_observed_late_never_moves_the_change_time_back() {
        Order order = deposit();
        order.apply(event(OrderStatus.PROCESSING, 10));

        order.flagForReview(ReviewReason.AMOUNT_MISMATCH, "late", at(5));

        assertThat(order.updatedAt()).isEqualTo(at(10));
        assertThat(order.needsReview()).isTrue();
    }
}
