package io.planmon.indicator.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When a period's value is due (docs/spec.md#due-dates-and-reminders): the days after the period ends, 90 for a year,
 * 30 for a quarter, 20 for a month, or the indicator's own {@code due_days}; and when its department is reminded, 7
 * days (or the indicator's own {@code reminder_days}) before, but never before the period has ended. Only periods of
 * the plan, from 2026 on, are due.
 */
public final class DueDates {
    public static final int FIRST_PLAN_YEAR = 2026;
    public static final int DEFAULT_REMINDER_DAYS = 7;

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

    public static int reminderDays(Integer override) {
        return override != null ? override : DEFAULT_REMINDER_DAYS;
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

    /**
     * The day the department is reminded of the period's value: {@code reminderDays} before the due date, or the day
     * after the period ends if that is later (a value cannot be asked for before its period is over).
     */
    public static LocalDate remindOn(Period period, Integer dueOverride, Integer reminderOverride) {
        LocalDate before = dueDate(period, dueOverride).minusDays(reminderDays(reminderOverride));
        LocalDate ended = period.lastDay().plusDays(1);
        return before.isAfter(ended) ? before : ended;
    }

    /** The plan's periods whose reminder day has come and whose due date has not passed on {@code today}. */
    public static List<Period> dueSoon(
            Frequency frequency, Integer dueOverride, Integer reminderOverride, LocalDate today) {
        List<Period> soon = new ArrayList<>();
        for (Period p = Period.first(FIRST_PLAN_YEAR, frequency); p.lastDay().isBefore(today); p = p.next()) {
            if (!dueDate(p, dueOverride).isBefore(today)
                    && !remindOn(p, dueOverride, reminderOverride).isAfter(today)) {
                soon.add(p);
            }
        }
        return soon;
    }
}
