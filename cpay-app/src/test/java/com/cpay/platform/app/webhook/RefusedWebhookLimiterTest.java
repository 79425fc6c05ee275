package com.cpay.platform.app.webhook;

import com.cpay.platform.app.support.LogCapture;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefusedWebhookLimiterTest {

    private final MutableClock clock = new MutableClock();
    private final RefusedWebhookLimiter limiter = new RefusedWebhookLimiter(3, Duration.ofMinutes(1), clock);

    @Test
    void a_source_may_send_a_burst_of_the_limit_then_waits_for_its_share_of_the_window() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.admit("203.0.113.7")).as("refused webhook %d", i + 1).isEmpty();
        }
        assertThat(limiter.admit("203.0.113.7")).contains(Duration.ofSeconds(20));
        clock.advance(Duration.ofSeconds(15));
        assertThat(limiter.admit("203.0.113.7")).contains(Duration.ofSeconds(5));
        clock.advance(Duration.ofSeconds(5));
        assertThat(limiter.admit("203.0.113.7")).isEmpty();
        assertThat(limiter.admit("203.0.113.7")).isPresent();
    }

    @Test
    void sources_have_their_own_allowance() {
        for (int i = 0; i < 3; i++) {
            limiter.admit("203.0.113.7");
        }
        assertThat(limiter.admit("203.0.113.7")).isPresent();
        assertThat(limiter.admit("198.51.100.1")).isEmpty();
    }

    @Test
    void after_a_quiet_window_the_whole_burst_is_back_and_never_more() {
        for (int i = 0; i < 3; i++) {
            limiter.admit("s");
        }
        clock.advance(Duration.ofHours(5));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.admit("s")).isEmpty();
        }
        assertThat(limiter.admit("s")).isPresent();
    }

    @Test
    void a_source_over_the_limit_is_logged_once_until_it_is_admitted_again() {
        for (int i = 0; i < 3; i++) {
            limiter.admit("203.0.113.9");
        }
        try (LogCapture logs = new LogCapture()) {
            limiter.admit("203.0.113.9");
            limiter.admit("203.0.113.9");
            assertThat(logs.text().split("over the limit", -1)).hasSize(2);
            assertThat(logs.text()).contains("203.0.113.9").contains("3 per PT1M");
        }
    }

    @Test
    void with_too_many_sources_idle_ones_are_forgotten_and_else_a_new_one_waits() {
        for (int i = 0; i < RefusedWebhookLimiter.MAX_SOURCES; i++) {
            assertThat(limiter.admit("source-" + i)).isEmpty();
        }
        assertThat(limiter.admit("one-too-many")).contains(Duration.ofMinutes(1));
        assertThat(limiter.admit("source-1")).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.admit("one-too-many")).isEmpty();
    }

    @Test
    void a_limit_below_one_or_an_empty_window_is_refused_at_start() {
        assertThatThrownBy(() -> new RefusedWebhookLimiter(0, Duration.ofMinutes(1), clock))
                .hasMessageContaining("cpay.webhooks.refused.limit");
        assertThatThrownBy(() -> new RefusedWebhookLimiter(1, Duration.ZERO, clock))
                .hasMessageContaining("cpay.webhooks.refused.window");
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-03-10T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
