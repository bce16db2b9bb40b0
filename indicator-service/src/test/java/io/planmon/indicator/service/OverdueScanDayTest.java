package io.planmon.indicator.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The daily scan checks the district's day, not the UTC one of the clock (the day logic itself: web-kit's
 * PlanDayTest).
 */
class OverdueScanDayTest {
    @Test
    void afterFourPmUtcTheScanChecksTomorrowAsTheDistrictDoes() {
        Clock utc = Clock.fixed(Instant.parse("2026-07-01T17:00:00Z"), ZoneOffset.UTC);

        assertThat(OverdueScan.today(utc)).isEqualTo(LocalDate.of(2026, 7, 2));
    }
}
