package io.planmon.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.notification.domain.alert.ReportingPeriod;
import org.junit.jupiter.api.Test;

/** Periods order as text within one frequency only, and follow each other across a year's end. */
class ReportingPeriodTest {

    @Test
    void onlyPeriodsOfOneFrequencyCompare() {
        assertThat(ReportingPeriod.older("2026Q1", "2026Q2")).isTrue();
        assertThat(ReportingPeriod.older("2026Q3", "2026Q2")).isFalse();
        assertThat(ReportingPeriod.older("2025", "2026Q2")).isFalse();
        assertThat(ReportingPeriod.older(null, "2026")).isFalse();
    }

    @Test
    void theNextPeriodFollowsAcrossAYearsEndButAGapOrAnotherFrequencyDoesNot() {
        assertThat(ReportingPeriod.follows("2026Q4", "2027Q1")).isTrue();
        assertThat(ReportingPeriod.follows("2026-12", "2027-01")).isTrue();
        assertThat(ReportingPeriod.follows("2026Q1", "2026Q3")).isFalse();
        assertThat(ReportingPeriod.follows("2026", "2026Q1")).isFalse();
    }
}
