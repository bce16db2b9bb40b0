package io.planmon.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.notification.domain.alert.Alert;
import io.planmon.notification.domain.alert.AlertTiming;
import io.planmon.notification.domain.alert.ReportingPeriod;
import io.planmon.notification.domain.alert.Severity;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Runs of consecutive periods per severity, and since when an alert is CRITICAL (docs/alerts.md "Periods"). */
class AlertTimingTest {
    private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void periodsFollowOnlyInTheirOwnFrequency() {
        assertThat(ReportingPeriod.follows("2026Q1", "2026Q2")).isTrue();
        assertThat(ReportingPeriod.follows("2026Q4", "2027Q1")).isTrue();
        assertThat(ReportingPeriod.follows("2026-12", "2027-01")).isTrue();
        assertThat(ReportingPeriod.follows("2026", "2027")).isTrue();
        assertThat(ReportingPeriod.follows("2026Q1", "2026Q3")).as("a gap").isFalse();
        assertThat(ReportingPeriod.follows("2026Q2", "2026Q2")).isFalse();
        assertThat(ReportingPeriod.follows("2026", "2027Q1"))
                .as("another frequency")
                .isFalse();
        assertThat(ReportingPeriod.follows("2026-03", "2026Q2")).isFalse();
        assertThat(ReportingPeriod.follows(null, "2026Q2")).isFalse();
        assertThat(ReportingPeriod.follows("2026Q1", "Q2")).isFalse();
    }

    @Test
    void eachSeverityCountsItsOwnConsecutiveRun() {
        Alert a = fire(Severity.WARNING, "2026Q1");
        signal(a, Severity.CRITICAL, "2026Q2");
        assertThat(runs(a)).containsExactly(2, 2, 1);
        signal(a, Severity.CRITICAL, "2026Q3");
        assertThat(runs(a)).containsExactly(3, 3, 2);
        signal(a, Severity.WARNING, "2026Q4");
        assertThat(runs(a)).containsExactly(4, 4, 0);
        assertThat(a.firstPeriod).isEqualTo("2026Q1");
    }

    @Test
    void aSkippedPeriodStartsTheRunAgain() {
        Alert a = fire(Severity.CRITICAL, "2026Q1");
        signal(a, Severity.CRITICAL, "2026Q2");
        assertThat(AlertTiming.signalled(a, Severity.CRITICAL, "2026Q4", T0)).isTrue();
        assertThat(runs(a)).containsExactly(1, 1, 1);
        assertThat(a.firstPeriod).isEqualTo("2026Q4");
    }

    @Test
    void aRevisionOfTheSamePeriodChangesOnlyThatPeriodsSeverity() {
        Alert a = fire(Severity.WARNING, "2026Q1");
        signal(a, Severity.WARNING, "2026Q2");
        assertThat(AlertTiming.signalled(a, Severity.CRITICAL, "2026Q2", T0)).isFalse();
        assertThat(runs(a)).containsExactly(2, 2, 1);
        signal(a, Severity.WARNING, "2026Q2");
        assertThat(runs(a)).containsExactly(2, 2, 0);
    }

    @Test
    void criticalSinceStartsWhenTheAlertBecomesCriticalAndClearsBelow() {
        Alert a = fire(Severity.WARNING, "2026Q1");
        assertThat(a.criticalSince).isNull();
        Instant t1 = T0.plusSeconds(3600);
        signal(a, Severity.CRITICAL, "2026Q2", t1);
        assertThat(a.criticalSince).isEqualTo(t1);
        signal(a, Severity.CRITICAL, "2026Q3", t1.plusSeconds(3600));
        assertThat(a.criticalSince).as("still the same CRITICAL spell").isEqualTo(t1);
        signal(a, Severity.WARNING, "2026Q4", t1.plusSeconds(7200));
        assertThat(a.criticalSince).isNull();
        Alert task = fire(Severity.CRITICAL, null);
        assertThat(task.criticalSince).isEqualTo(T0);
        assertThat(runs(task)).containsExactly(1, 1, 1);
    }

    private static Alert fire(Severity severity, String period) {
        Alert a = new Alert();
        AlertTiming.fired(a, severity, period, T0);
        a.severity = severity;
        a.period = period;
        return a;
    }

    private static void signal(Alert a, Severity severity, String period) {
        signal(a, severity, period, T0);
    }

    /** As the engine does: timing first, then the alert takes the signal's severity and period. */
    private static void signal(Alert a, Severity severity, String period, Instant now) {
        AlertTiming.signalled(a, severity, period, now);
        a.severity = severity;
        a.period = period;
    }

    @Test
    void onlyPeriodsOfOneFrequencyCompare() {
        assertThat(ReportingPeriod.older("2026Q1", "2026Q2")).isTrue();
        assertThat(ReportingPeriod.older("2026Q3", "2026Q2")).isFalse();
        assertThat(ReportingPeriod.older("2025", "2026Q2")).isFalse();
        assertThat(ReportingPeriod.older(null, "2026")).isFalse();
    }

    private static int[] runs(Alert a) {
        return new int[] {a.heldFor(Severity.INFO), a.heldFor(Severity.WARNING), a.heldFor(Severity.CRITICAL)};
    }
}
