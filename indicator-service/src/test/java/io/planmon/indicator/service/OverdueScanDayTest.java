package io.planmon.indicator.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The daily scan checks the district's day, which begins eight hours before the UTC one. */
class OverdueScanDayTest {
    @Test
    void afterFourPmUtcItIsAlreadyTomorrowInTheDistrict() {
        Clock utc = Clock.fixed(Instant.parse("2026-07-01T17:00:00Z"), ZoneOffset.UTC);

        assertThat(OverdueScan.today(utc)).isEqualTo(LocalDate.of(2026, 7, 2));
    }

    @Test
    void beforeFourPmUtcBothDaysAgree() {
        Clock utc = Clock.fixed(Instant.parse("2026-07-01T15:59:59Z"), ZoneOffset.UTC);

        assertThat(OverdueScan.today(utc)).isEqualTo(LocalDate.of(2026, 7, 1));
    }
}
