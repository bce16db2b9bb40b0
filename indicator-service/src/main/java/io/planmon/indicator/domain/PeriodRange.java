package io.planmon.indicator.domain;

import io.planmon.web.problem.ProblemException;

/**
 * The {@code from}/{@code to} filter of the series queries, both inclusive and optional: a period of the indicator's
 * frequency, or a year, which for a quarterly or monthly indicator covers the whole year. Within one frequency period
 * texts sort like the periods, so the bounds compare as text.
 */
public record PeriodRange(String lower, String upper) {

    public static PeriodRange parse(String from, String to, Frequency frequency) {
        String lower = from == null || from.isBlank()
                ? "0000"
                : bound("from", from, frequency).toString();
        String upper = "9999~";
        if (to != null && !to.isBlank()) {
            Period p = bound("to", to, frequency);
            // "2026" sorts before "2026Q1": a year as upper bound reaches to its last quarter or month.
            upper = p.frequency() == frequency ? p.toString() : p + "~";
        }
        return new PeriodRange(lower, upper);
    }

    private static Period bound(String field, String text, Frequency frequency) {
        Period p = Period.parse(text.trim())
                .orElseThrow(() ->
                        ProblemException.invalid(field, "'" + text + "' is not a period: use 2026, 2026Q1 or 2026-01"));
        if (p.frequency() != frequency && p.frequency() != Frequency.ANNUAL) {
            throw ProblemException.invalid(
                    field, "the indicator is " + frequency + ": use a year or a period like " + frequency.example());
        }
        return p;
    }
}
