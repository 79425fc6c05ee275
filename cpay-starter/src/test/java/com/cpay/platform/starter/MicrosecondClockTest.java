package com.cpay.platform.starter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MicrosecondClockTest {

    private final Clock clock = new MicrosecondClock(Clock.fixed(Instant.parse("2026-12-06T04:00:00.123456789Z"),
            ZoneOffset.UTC));

    @Test
    void instants_are_whole_microseconds() {
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-06T04:00:00.123456Z"));
    }

    @Test
    void milliseconds_still_work() {
        assertThat(clock.millis()).isEqualTo(Instant.parse("2026-12-06T04:00:00.123Z").toEpochMilli());
    }

    @Test
    void another_zone_keeps_the_precision() {
        Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(paris.instant()).isEqualTo(clock.instant());
    }
}
