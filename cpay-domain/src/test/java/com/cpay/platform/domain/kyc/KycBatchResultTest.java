package com.cpay.platform.domain.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.shared.ConflictException;
import org.junit.jupiter.api.Test;

class KycBatchResultTest {

    @Test
    void all_users_accepted_is_complete_not_partial() {
        var r = new KycBatchResult(10, 10);
        assertThat(r.isPartial()).isFalse();
        assertThat(r.isComplete()).isTrue();
        assertThat(r.rejected()).isZero();
    }

    @Test
    void some_users_accepted_is_partial() {
        var r = new KycBatchResult(10, 9);
        assertThat(r.isPartial()).isTrue();
        assertThat(r.isComplete()).isFalse();
        assertThat(r.rejected()).isEqualTo(1);
        assertThat(r.submitted()).isEqualTo(10);
        assertThat(r.accepted()).isEqualTo(9);
    }

    @Test
    void no_user_accepted_is_partial_too() {
        assertThat(new KycBatchResult(3, 0).isPartial()).isTrue();
        assertThat(new KycBatchResult(3, 0).rejected()).isEqualTo(3);
    }

    @Test
    void c_pay_accepting_more_than_submitted_is_a_conflict() {
        assertThatThrownBy(() -> new KycBatchResult(10, 11)).isInstanceOf(ConflictException.class)
                .hasMessage("C-Pay reported 11 KYC users accepted out of 10 submitted");
        assertThatThrownBy(() -> new KycBatchResult(10, -1)).isInstanceOf(ConflictException.class);
    }

    @Test
    void a_negative_submission_is_a_programming_error() {
        assertThatThrownBy(() -> new KycBatchResult(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new KycBatchResult(0, 0).isComplete()).isTrue();
    }
}
