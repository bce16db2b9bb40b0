package io.planmon.indicator.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period: {@code 2026}, {@code 2026Q1}…{@code 2026Q4} or {@code 2026-01}…{@code 2026-12}. */
public record Period(int year, Frequency frequency, int index) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:Q([1-4])|-(0[1-9]|1[0-2]))?");

    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return Optional.of(new Period(year, Frequency.QUARTERLY, Integer.parseInt(m.group(2))));
        }
        if (m.group(3) != null) {
            return Optional.of(new Period(year, Frequency.MONTHLY, Integer.parseInt(m.group(3))));
        }
        return Optional.of(new Period(year, Frequency.ANNUAL, 0));
    }

    /** The first period of {@code year} in {@code frequency}: 2026, 2026Q1 or 2026-01. */
    public static Period first(int year, Frequency frequency) {
        return new Period(year, frequency, frequency == Frequency.ANNUAL ? 0 : 1);
    }

    /** The period just after, in the same frequency: 2026Q4 is followed by 2027Q1. */
    public Period next() {
        int last = frequency == Frequency.QUARTERLY ? 4 : 12;
        if (frequency == Frequency.ANNUAL || index == last) {
            return first(year + 1, frequency);
        }
        return new Period(year, frequency, index + 1);
    }

    /** The first day the period covers. */
    public LocalDate firstDay() {
        int month =
                switch (frequency) {
                    case ANNUAL -> 1;
                    case QUARTERLY -> index * 3 - 2;
                    case MONTHLY -> index;
                };
        return LocalDate.of(year, month, 1);
    }

    /** The last day the period covers. */
    public LocalDate lastDay() {
        int month =
                switch (frequency) {
                    case ANNUAL -> 12;
                    case QUARTERLY -> index * 3;
                    case MONTHLY -> index;
                };
        return YearMonth.of(year, month).atEndOfMonth();
    }

    @Override
    public String toString() {
        return switch (frequency) {
            case ANNUAL -> Integer.toString(year);
            case QUARTERLY -> year + "Q" + index;
            case MONTHLY -> String.format("%d-%02d", year, index);
        };
    }
}
