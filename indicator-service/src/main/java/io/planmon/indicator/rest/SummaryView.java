package io.planmon.indicator.rest;

import io.planmon.indicator.domain.DueDates;
import io.planmon.indicator.service.IndicatorSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The catalogue counted for the dashboard: by area and status of the latest evaluation, the latest figures by approval
 * (APPROVED, SUBMITTED, PROVISIONAL), and the five departments that reported least punctually.
 */
public record SummaryView(
        Map<String, Map<String, Long>> byArea,
        Map<String, Long> byStatus,
        Map<String, Long> byApproval,
        long total,
        Instant asOf,
        Reporting reporting) {

    /** The least punctual departments over the plan period so far (from 2026 to {@code asOf}), worst first. */
    public record Reporting(String from, LocalDate asOf, List<ReportingView.Counts> worstDepartments) {}

    static SummaryView of(IndicatorSummary.Counts c, LocalDate today) {
        return new SummaryView(
                c.byArea(),
                c.byStatus(),
                c.byApproval(),
                c.total(),
                c.asOf(),
                new Reporting(
                        String.valueOf(DueDates.FIRST_PLAN_YEAR),
                        today,
                        c.worst().stream().map(ReportingView.Counts::of).toList()));
    }
}
