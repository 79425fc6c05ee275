package com.cpay.platform.domain.order;

import static com.cpay.platform.domain.order.OrderFixtures.CPAY_ID;
import static com.cpay.platform.domain.order.OrderFixtures.HASH;
import static com.cpay.platform.domain.order.OrderFixtures.T0;
import static com.cpay.platform.domain.order.OrderFixtures.amounts;
import static com.cpay.platform.domain.order.OrderFixtures.at;
import static com.cpay.platform.domain.order.OrderFixtures.deposit;
import static com.cpay.platform.domain.order.OrderFixtures.depositIn;
import static com.cpay.platform.domain.order.OrderFixtures.event;
import static com.cpay.platform.domain.order.OrderStatus.CLOSED;
import static com.cpay.platform.domain.order.OrderStatus.COMPLETED;
import static com.cpay.platform.domain.order.OrderStatus.PENDING;
import static com.cpay.platform.domain.order.OrderStatus.PROCESSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.TransactionHash;
import org.junit.jupiter.api.Test;

class OrderStatusReportsTest {

    @Test
    void a_new_order_is_pending_with_nothing_reported_and_no_history() {
        Order order = deposit();

        assertThat(order.status()).isEqualTo(PENDING);
        assertThat(order.reportedAmounts().isEmpty()).isTrue();
        assertThat(order.history()).isEmpty();
        assertThat(order.needsReview()).isFalse();
        assertThat(order.cpayOrderId()).isEmpty();
        assertThat(order.version()).isZero();
        assertThat(order.updatedAt()).isEqualTo(T0);
    }

    @Test
    void a_completion_report_moves_the_order_and_records_its_amounts() {
        Order order = deposit();

        TransitionOutcome outcome = order.apply(event(COMPLETED, 5).withAmounts(amounts("10", "9.5", "0.5")));

        assertThat(outcome).isEqualTo(new TransitionOutcome.Applied(PENDING, COMPLETED));
        assertThat(order.status()).isEqualTo(COMPLETED);
        assertThat(order.reportedAmounts()).isEqualTo(amounts("10", "9.5", "0.5"));
        assertThat(order.history()).containsExactly(new StatusChange(PENDING, COMPLETED,
                StatusCode.of("14"), EventSource.WEBHOOK, OutcomeKind.APPLIED, at(5)));
        assertThat(order.updatedAt()).isEqualTo(at(5));
    }

    @Test
    void a_later_report_keeps_amounts_it_does_not_mention() {
        Order order = deposit();
        order.apply(event(PROCESSING, 1).withAmounts(amounts("10", "9.5", "0.5")));
        ReportedAmounts pledge = ReportedAmounts.none().with(AmountKind.PLEDGE_AMOUNT, OrderFixtures.usdt("0"));

        order.apply(event(COMPLETED, 2).withAmounts(pledge));

        assertThat(order.reportedAmounts()).isEqualTo(pledge.over(amounts("10", "9.5", "0.5")));
        assertThat(order.reportedAmounts().fee()).contains(OrderFixtures.usdt("0.5"));
    }

    @Test
    void a_duplicate_report_is_recorded_but_changes_nothing() {
        Order order = depositIn(COMPLETED, amounts("10", "9.5", "0.5"));

        TransitionOutcome outcome = order.apply(event(COMPLETED, 9).withAmounts(amounts("10", "9.5", "0.5")));

        assertThat(outcome.kind()).isEqualTo(OutcomeKind.DUPLICATE);
        assertThat(order.status()).isEqualTo(COMPLETED);
        assertThat(order.history()).hasSize(2);
        assertThat(order.history().get(1)).isEqualTo(new StatusChange(COMPLETED, COMPLETED,
                StatusCode.of("14"), EventSource.WEBHOOK, OutcomeKind.DUPLICATE, at(9)));
        assertThat(order.needsReview()).isFalse();
    }

    @Test
    void a_stale_report_is_recorded_and_neither_moves_the_order_nor_its_amounts() {
        Order order = depositIn(COMPLETED, amounts("10", "9.5", "0.5"));

        TransitionOutcome outcome = order.apply(event(PROCESSING, 9).withAmounts(amounts("1", "1", "0")));

        assertThat(outcome).isEqualTo(new TransitionOutcome.Stale(COMPLETED, PROCESSING));
        assertThat(order.status()).isEqualTo(COMPLETED);
        assertThat(order.reportedAmounts()).isEqualTo(amounts("10", "9.5", "0.5"));
        assertThat(order.history().get(1).outcome()).isEqualTo(OutcomeKind.STALE);
        assertThat(order.needsReview()).isFalse();
    }

    @Test
    void a_completed_order_that_is_reported_closed_is_flagged_for_review() {
        Order order = depositIn(COMPLETED, amounts("10", "9.5", "0.5"));

        TransitionOutcome outcome = order.apply(event(CLOSED, 9));

        assertThat(outcome.kind()).isEqualTo(OutcomeKind.CONFLICT);
        assertThat(order.status()).isEqualTo(COMPLETED);
        assertThat(order.needsReview()).isTrue();
        assertThat(order.reviewNotes()).containsExactly(new ReviewNote(ReviewReason.CONTRADICTORY_STATUS,
                "a COMPLETED order was reported CLOSED", at(9)));
        assertThat(order.history().get(1)).isEqualTo(new StatusChange(COMPLETED, COMPLETED,
                StatusCode.of("15"), EventSource.WEBHOOK, OutcomeKind.CONFLICT, at(9)));
    }

    @Test
    void a_closed_order_that_is_reported_completed_is_flagged_for_review() {
        Order order = depositIn(CLOSED, ReportedAmounts.none());

        order.apply(event(COMPLETED, 9));

        assertThat(order.status()).isEqualTo(CLOSED);
        assertThat(order.needsReview()).isTrue();
    }

    @Test
    void a_completed_order_reported_again_with_other_amounts_keeps_its_amounts_and_is_flagged() {
        Order order = depositIn(COMPLETED, amounts("10", "9.5", "0.5"));

        order.apply(event(COMPLETED, 9).withAmounts(amounts("10", "10", "0")));

        assertThat(order.reportedAmounts()).isEqualTo(amounts("10", "9.5", "0.5"));
        assertThat(order.needsReview()).isTrue();
        assertThat(order.reviewNotes().get(0).reason()).isEqualTo(ReviewReason.AMOUNT_MISMATCH);
    }

    @Test
    void an_undocumented_status_is_kept_raw_flags_the_order_and_leaves_its_status() {
        Order order = depositIn(PROCESSING, ReportedAmounts.none());

        TransitionOutcome outcome = order.apply(event("99", 9));

        assertThat(outcome).isEqualTo(new TransitionOutcome.UnknownStatus("99"));
        assertThat(order.status()).isEqualTo(PROCESSING);
        assertThat(order.history().get(1).code().raw()).isEqualTo("99");
        assertThat(order.history().get(1).outcome()).isEqualTo(OutcomeKind.UNKNOWN_STATUS);
        assertThat(order.reviewNotes()).containsExactly(new ReviewNote(ReviewReason.UNKNOWN_STATUS,
                "C-Pay reported an undocumented status code \"99\"", at(9)));
    }

    @Test
    void a_long_undocumented_status_is_summarised_not_echoed_in_the_review_note() {
        Order order = deposit();

        order.apply(event("4111111111111111", 9));

        assertThat(order.reviewNotes().get(0).detail())
                .isEqualTo("C-Pay reported an undocumented status code of 16 characters")
                .doesNotContain("4111");
        assertThat(order.history().get(0).code().raw()).isEqualTo("4111111111111111");
    }

    @Test
    void an_undocumented_status_of_four_characters_is_still_shown() {
        Order order = deposit();

        order.apply(event("1234", 9));

        assertThat(order.reviewNotes().get(0).detail()).endsWith("\"1234\"");
    }

    @Test
    void a_report_naming_c_pay_order_id_records_it_when_unknown() {
        Order order = deposit();

        order.apply(event(PROCESSING, 1).withCpayOrderId(CPAY_ID));

        assertThat(order.cpayOrderId()).contains(CPAY_ID);
    }

    @Test
    void even_a_stale_report_records_the_order_id_it_names() {
        Order order = depositIn(COMPLETED, ReportedAmounts.none());

        order.apply(event(PENDING, 9).withCpayOrderId(CPAY_ID));

        assertThat(order.cpayOrderId()).contains(CPAY_ID);
    }

    @Test
    void a_report_naming_another_c_pay_order_id_is_a_conflict_and_is_not_applied() {
        Order order = deposit();
        order.apply(event(PROCESSING, 1).withCpayOrderId(CPAY_ID));

        TransitionOutcome outcome = order.apply(event(COMPLETED, 2).withCpayOrderId(new CpayOrderId("other-id"))
                .withAmounts(amounts("10", "9.5", "0.5")));

        assertThat(outcome).isEqualTo(new TransitionOutcome.Conflict(ReviewReason.ORDER_ID_MISMATCH,
                "C-Pay reported order id other-id for an order recorded with " + CPAY_ID));
        assertThat(order.status()).isEqualTo(PROCESSING);
        assertThat(order.cpayOrderId()).contains(CPAY_ID);
        assertThat(order.reportedAmounts().isEmpty()).isTrue();
        assertThat(order.needsReview()).isTrue();
        assertThat(order.history()).hasSize(2);
    }

    @Test
    void a_report_naming_the_recorded_order_id_is_applied() {
        Order order = deposit();
        order.apply(event(PROCESSING, 1).withCpayOrderId(CPAY_ID));

        assertThat(order.apply(event(COMPLETED, 2).withCpayOrderId(CPAY_ID)).kind()).isEqualTo(OutcomeKind.APPLIED);
    }

    @Test
    void a_deposit_records_the_transaction_hash_of_the_first_report_naming_it() {
        Order order = deposit();

        order.apply(event(COMPLETED, 1).withHash(HASH));

        assertThat(((CryptoDepositDetails) order.details()).hash()).contains(HASH);
    }

    @Test
    void a_report_naming_another_transaction_hash_is_a_conflict() {
        Order order = deposit();
        order.apply(event(PROCESSING, 1).withHash(HASH));

        TransitionOutcome outcome = order.apply(event(COMPLETED, 2).withHash(new TransactionHash("0xother")));

        assertThat(outcome.kind()).isEqualTo(OutcomeKind.CONFLICT);
        assertThat(((TransitionOutcome.Conflict) outcome).reason()).isEqualTo(ReviewReason.HASH_MISMATCH);
        assertThat(((TransitionOutcome.Conflict) outcome).detail())
                .isEqualTo("C-Pay reported transaction 0xother for an order recorded with " + HASH);
        assertThat(order.status()).isEqualTo(PROCESSING);
        assertThat(((CryptoDepositDetails) order.details()).hash()).contains(HASH);
    }

    @Test
    void a_report_naming_the_recorded_hash_again_is_applied() {
        Order order = deposit();
        order.apply(event(PROCESSING, 1).withHash(HASH));

        assertThat(order.apply(event(COMPLETED, 2).withHash(HASH)).kind()).isEqualTo(OutcomeKind.APPLIED);
    }

    @Test
    void an_order_report_observed_earlier_than_the_last_change_does_not_turn_the_clock_back() {
        Order order = deposit();
        order.apply(event(PROCESSING, 100));

        order.apply(event(PENDING, 50));

        assertThat(order.updatedAt()).isEqualTo(at(100));
        assertThat(order.history().get(1).at()).isEqualTo(at(50));
    }

    @Test
    void a_missing_report_is_refused() {
        assertThatThrownBy(() -> deposit().apply(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void the_history_cannot_be_changed_from_outside() {
        Order order = depositIn(COMPLETED, ReportedAmounts.none());

        assertThatThrownBy(() -> order.history().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> order.reviewNotes().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
