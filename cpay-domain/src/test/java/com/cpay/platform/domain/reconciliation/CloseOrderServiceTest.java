package com.cpay.platform.domain.reconciliation;

import static com.cpay.platform.domain.fake.Examples.TRADE_NO;
import static com.cpay.platform.domain.fake.Examples.cryptoPayout;
import static com.cpay.platform.domain.fake.Examples.deposit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.fake.Examples;
import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.OutcomeKind;
import com.cpay.platform.domain.order.ReviewNote;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.order.StatusEvent;
import com.cpay.platform.domain.order.TransitionOutcome;
import com.cpay.platform.domain.shared.ConflictException;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.NotFoundException;
import com.cpay.platform.domain.shared.ValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An operator closes an order that needed a person; nothing goes to C-Pay, the state machine has the last word. */
class CloseOrderServiceTest {

    private final FakePlatform platform = new FakePlatform();
    private final CloseOrderService service = new CloseOrderService(platform.orders, platform.orders, platform.clock);

    @Test
    void a_lost_payout_is_closed_with_the_note_its_flags_cleared_and_nothing_sent_to_cpay() {
        MerchantTradeNo tradeNo = lostWithdraw();
        platform.clock.advance(Duration.ofMinutes(5));

        OrderSnapshot after = service.close(new CloseOrderUseCase.Command(tradeNo,
                "  C-Pay support: no withdrawal under this merchantTradeNo; the user was told  "));

        assertThat(after.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(after.needsReview()).isFalse();
        assertThat(after.outcomeUnknown()).isEmpty();
        assertThat(after.reviewNotes()).last().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(ReviewReason.CLOSED_BY_OPERATOR);
            assertThat(n.detail()).isEqualTo("C-Pay support: no withdrawal under this merchantTradeNo; the user was told");
            assertThat(n.at()).isEqualTo(platform.clock.instant());
        });
        assertThat(after.history()).last().satisfies(c -> {
            assertThat(c.source()).isEqualTo(EventSource.OPERATOR);
            assertThat(c.outcome()).isEqualTo(OutcomeKind.APPLIED);
            assertThat(c.to()).isEqualTo(OrderStatus.CLOSED);
        });
        assertThat(platform.cpay.cryptoPayout.calls()).as("the payout is never sent again").isEqualTo(1);
        assertThat(platform.cpay.findOrder.calls()).as("C-Pay is not even asked").isZero();
    }

    @Test
    void a_completed_report_after_the_close_is_a_contradiction_that_brings_the_order_back_to_review() {
        MerchantTradeNo tradeNo = lostWithdraw();
        service.close(new CloseOrderUseCase.Command(tradeNo, "support found nothing"));

        Order order = platform.orders.get(tradeNo);
        TransitionOutcome outcome = order.apply(StatusEvent.of(OrderStatus.COMPLETED, EventSource.WEBHOOK,
                platform.clock.instant()));

        assertThat(outcome).isInstanceOf(TransitionOutcome.Conflict.class);
        assertThat(order.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(order.needsReview()).isTrue();
        assertThat(order.reviewNotes()).extracting(ReviewNote::reason).endsWith(ReviewReason.CONTRADICTORY_STATUS);
    }

    @Test
    void a_finished_order_in_review_keeps_its_status_and_loses_its_flag() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        Order order = platform.orders.get(TRADE_NO);
        order.apply(StatusEvent.of(OrderStatus.COMPLETED, EventSource.WEBHOOK, platform.clock.instant()));
        order.flagForReview(ReviewReason.AMOUNT_MISMATCH, "amounts differ", platform.clock.instant());
        platform.orders.update(order);
        int entries = platform.orders.get(TRADE_NO).history().size();

        OrderSnapshot after = service.close(new CloseOrderUseCase.Command(TRADE_NO, "the difference is C-Pay's fee"));

        assertThat(after.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(after.needsReview()).isFalse();
        assertThat(after.history()).as("no status report invented").hasSize(entries);
        assertThat(after.reviewNotes()).extracting(ReviewNote::reason)
                .containsExactly(ReviewReason.AMOUNT_MISMATCH, ReviewReason.CLOSED_BY_OPERATOR);
    }

    @Test
    void an_order_needing_nobody_is_a_conflict_an_unknown_one_not_found_and_a_note_is_required() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        long version = platform.orders.get(TRADE_NO).version();

        assertThatThrownBy(() -> service.close(new CloseOrderUseCase.Command(TRADE_NO, "why not")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("nothing to close");
        assertThat(platform.orders.get(TRADE_NO).version()).as("nothing saved").isEqualTo(version);
        assertThat(platform.orders.get(TRADE_NO).status()).isEqualTo(OrderStatus.PENDING);
        assertThatThrownBy(() -> service.close(new CloseOrderUseCase.Command(new MerchantTradeNo("no-such-order"),
                "x"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> new CloseOrderUseCase.Command(TRADE_NO, "  \n "))
                .isInstanceOf(ValidationException.class).hasMessageContaining("note");
        assertThatThrownBy(() -> new CloseOrderUseCase.Command(TRADE_NO, "n".repeat(CloseOrderUseCase.MAX_NOTE + 1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most");
        assertThat(new CloseOrderUseCase.Command(TRADE_NO, "line one\nline two").note()).contains("\n");
    }

    private MerchantTradeNo lostWithdraw() {
        platform.cpay.cryptoPayout.timesOut();
        MerchantTradeNo tradeNo = platform.requestCryptoPayout().requestCryptoPayout(cryptoPayout("10", "9"),
                Examples.callback()).order().merchantTradeNo();
        Order order = platform.orders.get(tradeNo);
        order.flagForReview(ReviewReason.OUTCOME_UNKNOWN, "getOrderDetail did not show it", platform.clock.instant());
        platform.orders.update(order);
        return tradeNo;
    }
}
