package com.cpay.platform.domain.shared;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatewayUnavailableExceptionTest {

    @Test
    void a_paused_call_was_not_sent_and_says_when_to_try_again() {
        GatewayUnavailableException paused = GatewayUnavailableException.paused("createOrder", "circuit open",
                Duration.ofSeconds(12));

        assertThat(paused.outcomeUnknown()).isFalse();
        assertThat(paused.retryAfter()).contains(Duration.ofSeconds(12));
        assertThat(paused).hasMessage("C-Pay calls are paused (circuit open); createOrder was not sent");
        assertThat(GatewayUnavailableException.paused("withdraw", "busy", Duration.ZERO).retryAfter())
                .contains(Duration.ZERO);
        assertThatThrownBy(() -> GatewayUnavailableException.paused("withdraw", "busy", Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void other_failures_give_no_time_to_wait() {
        assertThat(GatewayUnavailableException.timeout("withdraw", null).retryAfter()).isEmpty();
        assertThat(GatewayUnavailableException.notConnected("withdraw", null).retryAfter()).isEmpty();
        assertThat(GatewayUnavailableException.serverError("withdraw", 502).retryAfter()).isEmpty();
        assertThat(new GatewayUnavailableException("x", true, null).retryAfter()).isEmpty();
    }
}
