package io.planmon.indicator.service;

import io.planmon.indicator.domain.DueDates;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.IndicatorRepository;
import io.planmon.indicator.domain.Period;
import io.planmon.indicator.domain.ReportingRange;
import io.planmon.indicator.domain.Timeliness;
import io.planmon.indicator.domain.Timeliness.Tally;
import io.planmon.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Timeliness and completeness of the departments' reporting (docs/governance.md): every figure of a range that is due
 * or has arrived, counted per period and per department, from three reads whatever the range (the indicators, when
 * each figure first arrived, the approved periods).
 */
@ApplicationScoped
public class ReportingQueries {
    /** Periods in the order they end; of two ending the same day (2026-03, 2026Q1) the shorter first. */
    private static final Comparator<Period> BY_END =
            Comparator.comparing(Period::lastDay).thenComparing(Period::firstDay, Comparator.reverseOrder());

    private final ReportingData data;

    private final IndicatorRepository indicators;

    public ReportingQueries(ReportingData data, IndicatorRepository indicators) {
        this.data = data;
        this.indicators = indicators;
    }

    /** One department's figures counted per period of the range, and over all of it. */
    public record DepartmentReport(
            String department,
            ReportingRange range,
            LocalDate asOf,
            int indicators,
            Tally total,
            Map<Period, Tally> periods) {}

    /** Every department's figures over the range, by department code. */
    public record Overview(ReportingRange range, LocalDate asOf, Map<String, Line> departments) {}

    /** One department over a range: how many indicators it owns and its figures counted. */
    public record Line(String department, int indicators, Tally total) {}

    /** 404 for a department that owns no indicator: it is expected to report nothing. */
    public DepartmentReport department(String code, String from, String to, LocalDate today) {
        ReportingRange range = ReportingRange.parse(from, to, today);
        List<Indicator> owned = indicators.ownedBy(code);
        if (owned.isEmpty()) {
            throw ProblemException.notFound("department " + code + " owns no indicator of the catalogue");
        }
        Map<Period, Tally> periods = new TreeMap<>(BY_END);
        Tally total = new Tally();
        count(code, owned, range, today, (indicator, period, tally) -> {
            periods.computeIfAbsent(period, p -> new Tally()).add(tally);
            total.add(tally);
        });
        return new DepartmentReport(code, range, today, owned.size(), total, periods);
    }

    public Overview all(String from, String to, LocalDate today) {
        ReportingRange range = ReportingRange.parse(from, to, today);
        List<Indicator> all = indicators.listAll();
        Map<String, Line> lines = new TreeMap<>();
        all.forEach(i -> lines.merge(
                i.ownerDepartment,
                new Line(i.ownerDepartment, 1, new Tally()),
                (a, b) -> new Line(a.department(), a.indicators() + 1, a.total())));
        count(null, all, range, today, (indicator, period, tally) -> lines.get(indicator.ownerDepartment)
                .total()
                .add(tally));
        return new Overview(range, today, lines);
    }

    /**
     * The {@code n} departments that reported least punctually over the plan period so far: lowest on-time rate, then
     * lowest completeness, most missing; departments that owed nothing yet are left out.
     */
    public List<Line> worst(int n, LocalDate today) {
        return all(null, null, today).departments().values().stream()
                .filter(l -> l.total().expected() > 0)
                .sorted(Comparator.comparing((Line l) -> l.total().onTimeRate())
                        .thenComparing(l -> l.total().completeness())
                        .thenComparing(l -> -l.total().missing())
                        .thenComparing(Line::department))
                .limit(n)
                .toList();
    }

    /** Receives one figure counted: its indicator, its period and a tally of that one figure. */
    @FunctionalInterface
    private interface Counted {
        void accept(Indicator indicator, Period period, Tally one);
    }

    /** @param department the indicators' department, null when they are the whole catalogue */
    private void count(
            String department, List<Indicator> indicators, ReportingRange range, LocalDate today, Counted counted) {
        Map<String, Map<String, LocalDate>> arrivals = data.arrivals(department, range);
        Set<String> approved = data.approvedUnits();
        for (Indicator indicator : indicators) {
            Map<String, LocalDate> arrived = arrivals.getOrDefault(indicator.code, Map.of());
            for (Period p = range.firstOf(indicator.frequency);
                    !range.past(p) && !p.firstDay().isAfter(today);
                    p = p.next()) {
                if (!range.covers(p)) {
                    continue;
                }
                LocalDate received = arrived.get(p.toString());
                Tally one = new Tally();
                one.count(
                        indicator.code,
                        Timeliness.outcome(DueDates.dueDate(p, indicator.dueDays), received, today),
                        received != null && approved.contains(ReportingData.unit(indicator.ownerDepartment, p)));
                counted.accept(indicator, p, one);
            }
        }
    }
}
