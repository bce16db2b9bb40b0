package io.planmon.indicator.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planmon.indicator.domain.ReportingRange;
import io.planmon.indicator.domain.Timeliness.Tally;
import io.planmon.indicator.service.ReportingQueries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Timeliness and completeness as the API shows them: one department per period, or every department over a range. */
public final class ReportingView {
    private ReportingView() {}

    /**
     * Figures counted: those expected (due by {@code asOf}, or arrived earlier), received on time and late, missing,
     * approved, and not yet due; the on-time rate and completeness (null when nothing was expected). A period row names
     * its period and the indicators missing, a department line its department and how many indicators it owns.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Counts(
            String period,
            String department,
            Integer indicators,
            int expected,
            int receivedOnTime,
            int receivedLate,
            int missing,
            int approved,
            int notYetDue,
            BigDecimal onTimeRate,
            BigDecimal completeness,
            List<String> missingIndicators) {

        static Counts of(String period, String department, Integer indicators, Tally t, boolean listMissing) {
            return new Counts(
                    period,
                    department,
                    indicators,
                    t.expected(),
                    t.onTime(),
                    t.late(),
                    t.missing(),
                    t.approved(),
                    t.notYetDue(),
                    t.onTimeRate(),
                    t.completeness(),
                    listMissing ? t.missingIndicators() : null);
        }

        static Counts of(ReportingQueries.Line line) {
            return of(null, line.department(), line.indicators(), line.total(), false);
        }
    }

    /** One department: its figures over the range, and per period in the order the periods end. */
    public record Department(
            String department,
            String from,
            String to,
            LocalDate asOf,
            int indicators,
            Counts total,
            List<Counts> periods) {

        static Department of(ReportingQueries.DepartmentReport r) {
            return new Department(
                    r.department(),
                    r.range().from().toString(),
                    r.range().to().toString(),
                    r.asOf(),
                    r.indicators(),
                    Counts.of(null, null, null, r.total(), false),
                    r.periods().entrySet().stream()
                            .map(e -> Counts.of(e.getKey().toString(), null, null, e.getValue(), true))
                            .toList());
        }
    }

    /** Every department that owns an indicator, by code, over the range. */
    public record Overview(String from, String to, LocalDate asOf, List<Counts> departments) {

        static Overview of(ReportingQueries.Overview o) {
            ReportingRange range = o.range();
            return new Overview(
                    range.from().toString(),
                    range.to().toString(),
                    o.asOf(),
                    o.departments().values().stream().map(Counts::of).toList());
        }
    }
}
