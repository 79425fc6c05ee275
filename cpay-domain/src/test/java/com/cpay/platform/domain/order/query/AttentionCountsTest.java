package com.cpay.platform.domain.order.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AttentionCountsTest {

    @Test
    void counts_of_zero_or_more_are_taken_and_a_negative_one_is_refused() {
        assertThat(new AttentionCounts(0, 0)).isEqualTo(new AttentionCounts(0, 0));
        assertThat(new AttentionCounts(3, 1).needingReview()).isEqualTo(3);
        assertThatThrownBy(() -> new AttentionCounts(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttentionCounts(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
