package com.cpay.platform.domain.reconciliation;

import com.cpay.platform.domain.fake.Examples;

import static com.cpay.platform.domain.fake.Examples.TRADE_NO;
import static com.cpay.platform.domain.fake.Examples.deposit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.fake.StaleSaves;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.order.ConcurrentUpdateException;
import com.cpay.platform.domain.shared.ConflictException;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.NotFoundException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MarkOrderReviewedServiceTest {

    private final FakePlatform platform = new FakePlatform();
    private final MarkOrderReviewedService service = new MarkOrderReviewedService(platform.orders, platform.orders,
            platform.clock);

    @Test
    void a_flagged_order_is_cleared_its_notes_kept_and_the_whole_order_answered() {
        Order order = flagged();
        platform.clock.advance(Duration.ofMinutes(3));

        OrderSnapshot after = service.markReviewed(new MarkOrderReviewedUseCase.Command(TRADE_NO));

        assertThat(after.needsReview()).isFalse();
        assertThat(after.reviewNotes()).extracting(n -> n.reason()).containsExactly(ReviewReason.AMOUNT_MISMATCH);
        assertThat(after.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(after.updatedAt()).isEqualTo(platform.clock.instant());
        assertThat(after.historyOffset()).as("answered with its whole history").isZero();
        assertThat(after.history()).hasSize(order.history().size());
        assertThat(platform.orders.get(TRADE_NO).snapshot()).isEqualTo(after);
    }

    @Test
    void an_order_not_flagged_is_a_conflict_and_an_unknown_one_is_not_found() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        long version = platform.orders.get(TRADE_NO).version();

        assertThatThrownBy(() -> service.markReviewed(new MarkOrderReviewedUseCase.Command(TRADE_NO)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not flagged");
        assertThat(platform.orders.get(TRADE_NO).version()).as("nothing saved").isEqualTo(version);
        assertThatThrownBy(() -> service.markReviewed(new MarkOrderReviewedUseCase.Command(
                new MerchantTradeNo("no-such-order")))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> new MarkOrderReviewedUseCase.Command(null))
                .hasMessageContaining(MerchantTradeNo.FIELD);
        assertThatThrownBy(() -> service.markReviewed(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_save_that_keeps_losing_the_race_is_retried_then_passed_on() {
        flagged();
        AtomicInteger updates = new AtomicInteger();
        var stale = new MarkOrderReviewedService(platform.orders, new StaleSaves(platform.orders, updates),
                platform.clock);

        assertThatThrownBy(() -> stale.markReviewed(new MarkOrderReviewedUseCase.Command(TRADE_NO)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(updates).hasValue(5);
        assertThat(platform.orders.get(TRADE_NO).needsReview()).isTrue();
    }

    private Order flagged() {
        platform.createDeposit().createDeposit(deposit(TRADE_NO, "10"), Examples.callback(), Examples.NO_EXT_INFO);
        Order order = platform.orders.get(TRADE_NO);
        order.flagForReview(ReviewReason.AMOUNT_MISMATCH, "amounts differ", platform.clock.instant());
        return platform.orders.update(order);
    }
}
