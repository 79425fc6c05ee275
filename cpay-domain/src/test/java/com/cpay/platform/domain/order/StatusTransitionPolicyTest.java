package com.cpay.platform.domain.order;

import static com.cpay.platform.domain.order.OrderFixtures.amounts;
import static com.cpay.platform.domain.order.OrderFixtures.event;
import static com.cpay.platform.domain.order.OrderFixtures.usdt;
import static com.cpay.platform.domain.order.OrderStatus.CLOSED;
import static com.cpay.platform.domain.order.OrderStatus.COMPLETED;
import static com.cpay.platform.domain.order.OrderStatus.PENDING;
import static com.cpay.platform.domain.order.OrderStatus.PROCESSING;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.order.TransitionOutcome.Applied;
import com.cpay.platform.domain.order.TransitionOutcome.Conflict;
import com.cpay.platform.domain.order.TransitionOutcome.Duplicate;
import com.cpay.platform.domain.order.TransitionOutcome.Stale;
import com.cpay.platform.domain.order.TransitionOutcome.UnknownStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusTransitionPolicyTest {

    private static TransitionOutcome report(OrderStatus current, OrderStatus reported) {
        return StatusTransitionPolicy.apply(current, event(reported, 0));
    }

    @ParameterizedTest(name = "{0} reported {1} is {2}")
    @CsvSource({
            "PENDING,    PENDING,    DUPLICATE",
            "PENDING,    PROCESSING, APPLIED",
            "PENDING,    COMPLETED,  APPLIED",
            "PENDING,    CLOSED,     APPLIED",
            "PROCESSING, PENDING,    STALE",
            "PROCESSING, PROCESSING, DUPLICATE",
            "PROCESSING, COMPLETED,  APPLIED",
            "PROCESSING, CLOSED,     APPLIED",
            "COMPLETED,  PENDING,    STALE",
            "COMPLETED,  PROCESSING, STALE",
            "COMPLETED,  COMPLETED,  DUPLICATE",
            "COMPLETED,  CLOSED,     CONFLICT",
            "CLOSED,     PENDING,    STALE",
            "CLOSED,     PROCESSING, STALE",
            "CLOSED,     COMPLETED,  CONFLICT",
            "CLOSED,     CLOSED,     DUPLICATE"})
    void every_pair_of_statuses_has_one_outcome(OrderStatus current, OrderStatus reported, OutcomeKind expected) {
        assertThat(report(current, reported).kind()).isEqualTo(expected);
    }

    @Test
    void a_pending_order_reported_processing_moves_to_processing() {
        assertThat(report(PENDING, PROCESSING)).isEqualTo(new Applied(PENDING, PROCESSING));
    }

    @Test
    void a_pending_order_may_go_straight_to_completed_or_closed() {
        assertThat(report(PENDING, COMPLETED)).isEqualTo(new Applied(PENDING, COMPLETED));
        assertThat(report(PENDING, CLOSED)).isEqualTo(new Applied(PENDING, CLOSED));
    }

    @Test
    void a_processing_order_ends_completed_or_closed() {
        assertThat(report(PROCESSING, COMPLETED)).isEqualTo(new Applied(PROCESSING, COMPLETED));
        assertThat(report(PROCESSING, CLOSED)).isEqualTo(new Applied(PROCESSING, CLOSED));
    }

    @Test
    void the_same_status_again_is_a_duplicate() {
        assertThat(report(PROCESSING, PROCESSING)).isEqualTo(new Duplicate(PROCESSING));
        assertThat(report(COMPLETED, COMPLETED)).isEqualTo(new Duplicate(COMPLETED));
    }

    @Test
    void processing_arriving_after_completed_is_stale() {
        assertThat(report(COMPLETED, PROCESSING)).isEqualTo(new Stale(COMPLETED, PROCESSING));
    }

    @Test
    void pending_arriving_after_processing_is_stale() {
        assertThat(report(PROCESSING, PENDING)).isEqualTo(new Stale(PROCESSING, PENDING));
    }

    @Test
    void a_completed_order_that_is_reported_closed_is_a_conflict_for_review() {
        TransitionOutcome outcome = report(COMPLETED, CLOSED);

        assertThat(outcome).isInstanceOf(Conflict.class);
        Conflict conflict = (Conflict) outcome;
        assertThat(conflict.reason()).isEqualTo(ReviewReason.CONTRADICTORY_STATUS);
        assertThat(conflict.detail()).isEqualTo("a COMPLETED order was reported CLOSED");
        assertThat(conflict.needsReview()).isTrue();
    }

    @Test
    void a_closed_order_that_is_reported_completed_is_a_conflict_for_review() {
        assertThat(report(CLOSED, COMPLETED)).isEqualTo(
                new Conflict(ReviewReason.CONTRADICTORY_STATUS, "a CLOSED order was reported COMPLETED"));
    }

    @Test
    void an_undocumented_code_is_reported_as_unknown_with_its_raw_text() {
        TransitionOutcome outcome = StatusTransitionPolicy.apply(PROCESSING, event("99", 0));

        assertThat(outcome).isEqualTo(new UnknownStatus("99"));
        assertThat(outcome.needsReview()).isTrue();
    }

    @Test
    void an_undocumented_code_is_unknown_even_for_a_finished_order() {
        assertThat(StatusTransitionPolicy.apply(COMPLETED, event("", 0))).isEqualTo(new UnknownStatus(""));
    }

    @Test
    void only_conflicts_and_unknown_codes_need_review() {
        assertThat(new Applied(PENDING, CLOSED).needsReview()).isFalse();
        assertThat(new Duplicate(PENDING).needsReview()).isFalse();
        assertThat(new Stale(CLOSED, PENDING).needsReview()).isFalse();
    }

    @Test
    void the_same_status_with_the_same_amounts_is_a_duplicate() {
        ReportedAmounts recorded = amounts("10", "9.5", "0.5");

        TransitionOutcome outcome = StatusTransitionPolicy.apply(COMPLETED, recorded,
                event(COMPLETED, 0).withAmounts(amounts("10", "9.5", "0.5")));

        assertThat(outcome).isEqualTo(new Duplicate(COMPLETED));
    }

    @Test
    void the_same_status_with_a_subset_of_the_recorded_amounts_is_a_duplicate() {
        ReportedAmounts recorded = amounts("10", "9.5", "0.5");
        ReportedAmounts feeOnly = ReportedAmounts.none().with(AmountKind.FEE, usdt("0.5"));

        assertThat(StatusTransitionPolicy.apply(COMPLETED, recorded, event(COMPLETED, 0).withAmounts(feeOnly)))
                .isEqualTo(new Duplicate(COMPLETED));
    }

    @Test
    void a_completed_order_reported_with_other_amounts_is_a_conflict_naming_the_amounts() {
        ReportedAmounts recorded = amounts("10", "9.5", "0.5");

        TransitionOutcome outcome = StatusTransitionPolicy.apply(COMPLETED, recorded,
                event(COMPLETED, 0).withAmounts(amounts("10", "9.4", "0.6")));

        assertThat(outcome).isEqualTo(new Conflict(ReviewReason.AMOUNT_MISMATCH,
                "amounts reported for a COMPLETED order differ from the recorded ones: "
                        + "receivedAmount recorded 9.50000000 USDT, reported 9.40000000 USDT, "
                        + "fee recorded 0.50000000 USDT, reported 0.60000000 USDT"));
    }

    @Test
    void a_closed_order_reported_with_other_amounts_is_a_conflict_too() {
        TransitionOutcome outcome = StatusTransitionPolicy.apply(CLOSED, amounts("10", "0", "0"),
                event(CLOSED, 0).withAmounts(amounts("10", "10", "0")));

        assertThat(outcome.kind()).isEqualTo(OutcomeKind.CONFLICT);
        assertThat(((Conflict) outcome).reason()).isEqualTo(ReviewReason.AMOUNT_MISMATCH);
    }

    @Test
    void a_finished_order_reported_with_an_amount_not_yet_known_takes_it_without_moving() {
        ReportedAmounts recorded = ReportedAmounts.none().with(AmountKind.ACTUAL_AMOUNT, usdt("10"));
        ReportedAmounts withFee = recorded.with(AmountKind.FEE, usdt("0.5"));

        assertThat(StatusTransitionPolicy.apply(COMPLETED, recorded, event(COMPLETED, 0).withAmounts(withFee)))
                .isEqualTo(new Applied(COMPLETED, COMPLETED));
    }

    @Test
    void an_unfinished_order_reported_with_new_amounts_refreshes_them() {
        TransitionOutcome outcome = StatusTransitionPolicy.apply(PROCESSING, amounts("5", "5", "0"),
                event(PROCESSING, 0).withAmounts(amounts("10", "9.5", "0.5")));

        assertThat(outcome).isEqualTo(new Applied(PROCESSING, PROCESSING));
        assertThat(((Applied) outcome).statusChanged()).isFalse();
    }

    @Test
    void an_applied_move_says_the_status_changed() {
        assertThat(new Applied(PENDING, PROCESSING).statusChanged()).isTrue();
    }

    @Test
    void a_stale_report_with_other_amounts_stays_stale() {
        TransitionOutcome outcome = StatusTransitionPolicy.apply(COMPLETED, amounts("10", "9.5", "0.5"),
                event(PROCESSING, 0).withAmounts(amounts("3", "3", "0")));

        assertThat(outcome).isEqualTo(new Stale(COMPLETED, PROCESSING));
    }

    @Test
    void each_outcome_names_its_kind() {
        assertThat(new Applied(PENDING, CLOSED).kind()).isEqualTo(OutcomeKind.APPLIED);
        assertThat(new Duplicate(PENDING).kind()).isEqualTo(OutcomeKind.DUPLICATE);
        assertThat(new Stale(CLOSED, PENDING).kind()).isEqualTo(OutcomeKind.STALE);
        assertThat(new Conflict(ReviewReason.AMOUNT_MISMATCH, "x").kind()).isEqualTo(OutcomeKind.CONFLICT);
        assertThat(new UnknownStatus("7").kind()).isEqualTo(OutcomeKind.UNKNOWN_STATUS);
    }
}
