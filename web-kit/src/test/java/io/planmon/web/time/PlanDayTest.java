package io.planmon.web.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The district's day begins at 16:00 UTC the evening before, whatever zone the clock runs in. */
class PlanDayTest {
    @Test
    void afterFourPmUtcItIsAlreadyTomorrowInTheDistrict() {
        assertThat(PlanDay.today(utcAt("2026-07-01T17:00:00Z"))).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(PlanDay.today(utcAt("2026-07-01T16:00:00Z"))).isEqualTo(LocalDate.of(2026, 7, 2));
    }

    @Test
    void beforeFourPmUtcBothDaysAgree() {
        assertThat(PlanDay.today(utcAt("2026-07-01T15:59:59Z"))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(PlanDay.today(utcAt("2026-07-01T00:00:00Z"))).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void theDistrictsNewYearBeginsOnUtcsNewYearsEve() {
        assertThat(PlanDay.today(utcAt("2026-12-31T17:00:00Z"))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(PlanDay.today(utcAt("2026-12-31T15:59:00Z"))).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void theClocksOwnZoneDoesNotCount() {
        Instant instant = Instant.parse("2026-03-01T20:00:00Z");

        assertThat(PlanDay.today(Clock.fixed(instant, ZoneId.of("America/Los_Angeles"))))
                .isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(PlanDay.today(new ZoneBlindClock(instant))).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void anInstantsDayIsTheDistricts() {
        assertThat(PlanDay.of(Instant.parse("2026-02-28T16:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(PlanDay.of(Instant.parse("2026-02-28T15:59:59.999Z"))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void theZoneIsThePlans() {
        assertThat(PlanDay.ZONE.getId()).isEqualTo("Asia/Shanghai");
        assertThat(PlanDay.ZONE).hasToString(ClockProducer.PLAN_ZONE);
    }

    private static Clock utcAt(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    /** Like the services' test clocks: UTC, and withZone gives itself back, so only its instant says the time. */
    private static final class ZoneBlindClock extends Clock {
        private final Instant now;

        ZoneBlindClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
