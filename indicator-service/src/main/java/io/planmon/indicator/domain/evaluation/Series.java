package io.planmon.indicator.domain.evaluation;

import io.planmon.indicator.domain.Frequency;
import io.planmon.indicator.domain.Period;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The values of one indicator by period, all of its one frequency: what the rules look back on. */
public record Series(Map<Period, BigDecimal> values) {
    public static final Series EMPTY = new Series(Map.of());

    public Series {
        values = Map.copyOf(values);
    }

    /** From stored observations keyed by period text; a period that does not parse is a programming error. */
    public static Series parse(Map<String, BigDecimal> byPeriod) {
        Map<Period, BigDecimal> values = new HashMap<>();
        byPeriod.forEach((text, value) -> values.put(
                Period.parse(text).orElseThrow(() -> new IllegalArgumentException("not a period: " + text)), value));
        return new Series(values);
    }

    public Optional<BigDecimal> at(Period period) {
        return Optional.ofNullable(values.get(period));
    }

    public Optional<BigDecimal> inYear(int year) {
        return at(new Period(year, Frequency.ANNUAL, 0));
    }

    public Series with(Period period, BigDecimal value) {
        Map<Period, BigDecimal> copy = new HashMap<>(values);
        copy.put(period, value);
        return new Series(copy);
    }

    /** The annual values from {@code fromYear} on, oldest first. */
    public List<Point> annualFrom(int fromYear) {
        return values.entrySet().stream()
                .filter(e ->
                        e.getKey().frequency() == Frequency.ANNUAL && e.getKey().year() >= fromYear)
                .map(e -> new Point(e.getKey().year(), e.getValue()))
                .sorted(Comparator.comparingInt(Point::year))
                .toList();
    }

    /** The period just before, in the same frequency: 2026Q1 follows 2025Q4, 2026-01 follows 2025-12. */
    public static Period previous(Period period) {
        return switch (period.frequency()) {
            case ANNUAL -> new Period(period.year() - 1, Frequency.ANNUAL, 0);
            case QUARTERLY ->
                period.index() == 1
                        ? new Period(period.year() - 1, Frequency.QUARTERLY, 4)
                        : new Period(period.year(), Frequency.QUARTERLY, period.index() - 1);
            case MONTHLY ->
                period.index() == 1
                        ? new Period(period.year() - 1, Frequency.MONTHLY, 12)
                        : new Period(period.year(), Frequency.MONTHLY, period.index() - 1);
        };
    }

    /** One annual value. */
    public record Point(int year, BigDecimal value) {}
}
