package com.cpay.platform.domain.order;

import static com.cpay.platform.domain.order.OrderFixtures.CPAY_ID;
import static com.cpay.platform.domain.order.OrderFixtures.T0;
import static com.cpay.platform.domain.order.OrderFixtures.TRADE_NO;
import static com.cpay.platform.domain.order.OrderFixtures.USER;
import static com.cpay.platform.domain.order.OrderFixtures.amounts;
import static com.cpay.platform.domain.order.OrderFixtures.at;
import static com.cpay.platform.domain.order.OrderFixtures.deposit;
import static com.cpay.platform.domain.order.OrderFixtures.event;
import static com.cpay.platform.domain.order.OrderFixtures.usdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.shared.CpayOrderId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderRecordKeepingTest {

    @Test
    void c_pay_order_id_is_assigned_once() {
        Order order = deposit();

        assertThat(order.assignCpayOrderId(CPAY_ID, at(3))).isEqualTo(IdAssignment.ASSIGNED);
        assertThat(order.cpayOrderId()).contains(CPAY_ID);
        assertThat(order.updatedAt()).isEqualTo(at(3));
    }

    @Test
    void the_same_c_pay_order_id_again_changes_nothing() {
        Order order = deposit();
        order.assignCpayOrderId(CPAY_ID, at(3));

        assertThat(order.assignCpayOrderId(CPAY_ID, at(4))).isEqualTo(IdAssignment.ALREADY_KNOWN);
        assertThat(order.updatedAt()).isEqualTo(at(3));
        assertThat(order.needsReview()).isFalse();
    }

    @Test
    void a_different_second_c_pay_order_id_is_a_conflict_that_keeps_the_first_and_flags_the_order() {
        Order order = deposit();
        order.assignCpayOrderId(CPAY_ID, at(3));

        assertThat(order.assignCpayOrderId(new CpayOrderId("999"), at(4))).isEqualTo(IdAssignment.CONFLICT);
        assertThat(order.cpayOrderId()).contains(CPAY_ID);
        assertThat(order.needsReview()).isTrue();
        assertThat(order.reviewNotes()).containsExactly(new ReviewNote(ReviewReason.ORDER_ID_MISMATCH,
                "C-Pay reported order id 999 for an order recorded with " + CPAY_ID, at(4)));
        assertThat(order.updatedAt()).isEqualTo(at(4));
    }

    @Test
    void details_are_replaced_by_a_later_version_of_the_same_kind() {
        Order order = deposit();
        CryptoDepositDetails later = ((CryptoDepositDetails) order.details())
                .withCashierUrl("https://cashier.cpay.ltd/payment?orderId=1").withNetwork(Network.TRON);

        order.updateDetails(later, at(2));

        assertThat(order.details()).isEqualTo(later);
        assertThat(order.updatedAt()).isEqualTo(at(2));
    }

    @Test
    void details_of_another_kind_cannot_replace_an_orders_details() {
        Order order = deposit();

        assertThatThrownBy(() -> order.updateDetails(HostedCardDetails.of(Asset.USD), at(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(order.updatedAt()).isEqualTo(T0);
    }

    @Test
    void details_counting_amounts_in_another_asset_cannot_replace_an_orders_details() {
        Order order = deposit();

        assertThatThrownBy(() -> order.updateDetails(CryptoDepositDetails.of(Asset.BTC), at(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clearing_the_review_keeps_the_notes_as_a_record() {
        Order order = deposit();
        order.apply(event("99", 1));

        order.clearReview(at(7));

        assertThat(order.needsReview()).isFalse();
        assertThat(order.reviewNotes()).hasSize(1);
        assertThat(order.updatedAt()).isEqualTo(at(7));
    }

    @Test
    void a_stored_order_comes_back_exactly_as_it_was() {
        Order order = deposit();
        order.apply(event(OrderStatus.PROCESSING, 1).withCpayOrderId(CPAY_ID).withAmounts(amounts("10", "9", "1")));
        order.apply(event("77", 2));

        Order again = Order.rehydrate(order.snapshot());

        assertThat(again.snapshot()).isEqualTo(order.snapshot());
        assertThat(again.kind()).isEqualTo(OrderKind.CRYPTO_DEPOSIT);
        assertThat(again.merchantTradeNo()).isEqualTo(TRADE_NO);
        assertThat(again.userId()).isEqualTo(USER);
        assertThat(again.requestedAmount()).contains(usdt("10"));
        assertThat(again.createdAt()).isEqualTo(T0);
        assertThat(again.updatedAt()).isEqualTo(at(2));
        assertThat(again.needsReview()).isTrue();
        assertThat(again.history()).hasSize(2);
    }

    @Test
    void a_stored_order_keeps_its_version_for_optimistic_locking() {
        OrderSnapshot stored = snapshot(OrderStatus.PENDING, 41L, false, List.of(), List.of());

        Order order = Order.rehydrate(stored);

        assertThat(order.version()).isEqualTo(41L);
        assertThat(order.snapshot().version()).isEqualTo(41L);
    }

    @Test
    void a_stored_order_whose_status_is_not_where_its_history_ends_is_refused() {
        StatusChange toProcessing = new StatusChange(OrderStatus.PENDING, OrderStatus.PROCESSING,
                StatusCode.of("11"), EventSource.WEBHOOK, OutcomeKind.APPLIED, at(1));

        assertThatThrownBy(() -> Order.rehydrate(
                snapshot(OrderStatus.COMPLETED, 1L, false, List.of(), List.of(toProcessing))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Order.rehydrate(snapshot(OrderStatus.PROCESSING, 1L, false, List.of(), List.of(toProcessing)))
                .status()).isEqualTo(OrderStatus.PROCESSING);
    }

    @Test
    void a_stored_order_flagged_for_review_without_a_reason_is_refused() {
        assertThatThrownBy(() -> Order.rehydrate(snapshot(OrderStatus.PENDING, 1L, true, List.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class);
        ReviewNote note = new ReviewNote(ReviewReason.UNKNOWN_STATUS, "x", at(1));
        assertThat(Order.rehydrate(snapshot(OrderStatus.PENDING, 1L, true, List.of(note), List.of())).needsReview())
                .isTrue();
    }

    @Test
    void a_snapshot_names_the_kind_its_details_belong_to() {
        assertThat(snapshot(OrderStatus.PENDING, 0L, false, List.of(), List.of()).kind())
                .isEqualTo(OrderKind.CRYPTO_DEPOSIT);
    }

    @Test
    void an_only_applied_history_entry_may_change_the_status() {
        assertThatThrownBy(() -> new StatusChange(OrderStatus.PENDING, OrderStatus.CLOSED, StatusCode.of("15"),
                EventSource.ORDER_QUERY, OutcomeKind.STALE, at(1))).isInstanceOf(IllegalArgumentException.class);
    }

    private static OrderSnapshot snapshot(OrderStatus status, long version, boolean needsReview,
                                          List<ReviewNote> notes, List<StatusChange> history) {
        Money ten = usdt("10");
        return new OrderSnapshot(TRADE_NO, Optional.empty(), USER, status, Optional.of(ten), ReportedAmounts.none(),
                CryptoDepositDetails.of(Asset.USDT), T0, T0, version, needsReview, notes, history, Optional.empty(),
                Optional.empty());
    }
}
