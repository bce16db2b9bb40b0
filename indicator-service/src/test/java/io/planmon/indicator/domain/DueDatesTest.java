package io.planmon.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    @Test
    void dataIsDue90DaysAfterTheYear30AfterTheQuarterAnd20AfterTheMonth() {
        assertThat(DueDates.dueDate(Period.parse("2026").orElseThrow(), null)).isEqualTo("2027-03-31");
        assertThat(DueDates.dueDate(Period.parse("2026Q1").orElseThrow(), null)).isEqualTo("2026-04-30");
        assertThat(DueDates.dueDate(Period.parse("2026Q4").orElseThrow(), null)).isEqualTo("2027-01-30");
        assertThat(DueDates.dueDate(Period.parse("2026-02").orElseThrow(), null))
                .isEqualTo("2026-03-20");
        assertThat(DueDates.dueDate(Period.parse("2026-02").orElseThrow(), 40)).isEqualTo("2026-04-09");
    }

    @Test
    void onlyPlanPeriodsPastTheirDueDateAreDue() {
        assertThat(DueDates.pastDue(Frequency.ANNUAL, null, LocalDate.of(2027, 3, 31)))
                .isEmpty();
        assertThat(DueDates.pastDue(Frequency.ANNUAL, null, LocalDate.of(2027, 4, 1)))
                .extracting(Period::toString)
                .containsExactly("2026");
        assertThat(DueDates.pastDue(Frequency.MONTHLY, null, LocalDate.of(2026, 4, 20)))
                .extracting(Period::toString)
                .containsExactly("2026-01", "2026-02");
        assertThat(DueDates.pastDue(Frequency.QUARTERLY, null, LocalDate.of(2027, 2, 1)))
                .extracting(Period::toString)
                .containsExactly("2026Q1", "2026Q2", "2026Q3", "2026Q4");
        assertThat(DueDates.pastDue(Frequency.MONTHLY, null, LocalDate.of(2025, 12, 31)))
                .isEmpty();
    }

    @Test
    void periodsFollowEachOtherAcrossYears() {
        assertThat(Period.parse("2026Q4").orElseThrow().next()).hasToString("2027Q1");
        assertThat(Period.parse("2026-12").orElseThrow().next()).hasToString("2027-01");
        assertThat(Period.parse("2026").orElseThrow().next()).hasToString("2027");
        assertThat(Period.parse("2028-02").orElseThrow().lastDay()).isEqualTo("2028-02-29");
    }
}
