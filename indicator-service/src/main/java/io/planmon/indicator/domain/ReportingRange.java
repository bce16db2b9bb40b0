package io.planmon.indicator.domain;

import io.planmon.web.problem.ProblemException;
import java.time.LocalDate;

/**
 * The span a timeliness report covers: from the first day of {@code from} to the last day of {@code to}, each a period
 * of any frequency (2026, 2026Q2, 2026-04); a figure counts when its period lies wholly inside. By default the plan
 * period so far: from 2026 to the current year. Periods before 2026 are never due, so they count nothing.
 */
public record ReportingRange(Period from, Period to) {

    public static ReportingRange parse(String from, String to, LocalDate today) {
        Period first = from == null || from.isBlank()
                ? Period.first(DueDates.FIRST_PLAN_YEAR, Frequency.ANNUAL)
                : bound("from", from);
        Period last = to == null || to.isBlank() ? Period.first(today.getYear(), Frequency.ANNUAL) : bound("to", to);
        if (first.firstDay().isAfter(last.lastDay())) {
            throw ProblemException.invalid("from", from + " begins after " + last + " ends");
        }
        return new ReportingRange(first, last);
    }

    public boolean covers(Period p) {
        return !p.firstDay().isBefore(from.firstDay()) && !p.lastDay().isAfter(to.lastDay());
    }

    /** The first year whose periods may be due in the range: none before the plan's first year are. */
    public int firstYear() {
        return Math.max(DueDates.FIRST_PLAN_YEAR, from.year());
    }

    /** The first plan period of {@code frequency} that may lie in the range. */
    public Period firstOf(Frequency frequency) {
        return Period.first(firstYear(), frequency);
    }

    /** Whether the periods from {@code p} on (in its frequency) can no longer lie in the range. */
    public boolean past(Period p) {
        return p.firstDay().isAfter(to.lastDay());
    }

    private static Period bound(String field, String text) {
        return Period.parse(text.strip())
                .orElseThrow(() ->
                        ProblemException.invalid(field, "'" + text + "' is not a period: use 2026, 2026Q1 or 2026-01"));
    }
}
