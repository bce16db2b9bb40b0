package io.planmon.indicator.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When a period's value is due (SPEC.md "Data due dates"): the days after the period ends, 90 for a year, 30 for a
 * quarter, 20 for a month, or the indicator's own {@code due_days}. Only periods of the plan, from 2026 on, are due.
 */
public final class DueDates {
    public static final int FIRST_PLAN_YEAR = 2026;

    private DueDates() {}

    public static int days(Frequency frequency, Integer override) {
        if (override != null) {
            return override;
        }
        return switch (frequency) {
            case ANNUAL -> 90;
            case QUARTERLY -> 30;
            case MONTHLY -> 20;
        };
    }

    public static LocalDate dueDate(Period period, Integer override) {
        return period.lastDay().plusDays(days(period.frequency(), override));
    }

    /** The plan's periods whose due date lies before {@code today}, oldest first. */
    public static List<Period> pastDue(Frequency frequency, Integer override, LocalDate today) {
        List<Period> due = new ArrayList<>();
        for (Period p = Period.first(FIRST_PLAN_YEAR, frequency);
                dueDate(p, override).isBefore(today);
                p = p.next()) {
            due.add(p);
        }
        return due;
    }
}
