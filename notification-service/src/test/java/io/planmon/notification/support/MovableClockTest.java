package io.planmon.notification.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A zoned view of the movable clock reports its zone and moves with the clock, so UTC and Shanghai days differ. */
class MovableClockTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void withZoneReportsTheZoneAndSharesTheMovableInstant() {
        MovableClock clock = new MovableClock();
        Clock shanghai = clock.withZone(SHANGHAI);
        assertThat(shanghai.getZone()).isEqualTo(SHANGHAI);
        assertThat(clock.getZone()).as("the clock itself stays UTC").isEqualTo(ZoneOffset.UTC);
        assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
        assertThat(shanghai.withZone(ZoneOffset.UTC)).isSameAs(clock);

        clock.advance(Duration.ofDays(400));
        assertThat(Duration.between(clock.instant(), shanghai.instant()).abs())
                .as("moved with the clock")
                .isLessThan(Duration.ofSeconds(5));
        assertThat(shanghai.instant()).isAfter(Instant.now().plus(Duration.ofDays(399)));
    }

    @Test
    void theShanghaiDayIsAheadOfTheUtcDayFromSixteenUtcToMidnight() {
        MovableClock clock = new MovableClock();
        // Move to the next 20:00 UTC (04:00 the next day in Shanghai, UTC+8, no daylight saving).
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        var evening = now.withHour(20).withMinute(0).withSecond(0).withNano(0);
        clock.advance(Duration.between(now, evening.isBefore(now) ? evening.plusDays(1) : evening));

        LocalDate utc = LocalDate.now(clock);
        LocalDate shanghai = LocalDate.now(clock.withZone(SHANGHAI));
        assertThat(shanghai).isEqualTo(utc.plusDays(1));
    }
}
