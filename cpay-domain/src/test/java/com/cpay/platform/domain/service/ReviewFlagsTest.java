package com.cpay.platform.domain.service;

import static com.cpay.platform.domain.service.Examples.TRADE_NO;
import static com.cpay.platform.domain.service.Examples.USER;
import static com.cpay.platform.domain.service.Examples.usdt;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.ReviewNote;
import com.cpay.platform.domain.order.ReviewReason;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReviewFlagsTest {

    private static final Instant T0 = Instant.parse("2026-03-10T08:00:00Z");

    @Test
    void a_flag_adds_a_note_and_keeps_the_version() {
        Order order = Order.newCryptoDeposit(TRADE_NO, USER, usdt("1"), T0);

        Order flagged = ReviewFlags.flag(order, ReviewReason.AMOUNT_MISMATCH, "fee missing", T0.plusSeconds(5));

        assertThat(flagged.needsReview()).isTrue();
        assertThat(flagged.reviewNotes()).containsExactly(
                new ReviewNote(ReviewReason.AMOUNT_MISMATCH, "fee missing", T0.plusSeconds(5)));
        assertThat(flagged.updatedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(flagged.version()).isEqualTo(order.version());
    }

    @Test
    void a_flag_observed_late_never_moves_the_change_time_back() {
        Order order = Order.newCryptoDeposit(TRADE_NO, USER, usdt("1"), T0);

        Order flagged = ReviewFlags.flag(order, ReviewReason.AMOUNT_MISMATCH, "late", T0.minusSeconds(5));

        assertThat(flagged.updatedAt()).isEqualTo(T0);
    }
}
