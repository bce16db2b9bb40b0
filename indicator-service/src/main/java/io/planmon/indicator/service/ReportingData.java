package io.planmon.indicator.service;

import io.planmon.indicator.domain.Period;
import io.planmon.indicator.domain.ReportingRange;
import io.planmon.kit.http.SqlValues;
import io.planmon.web.time.PlanDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a timeliness report reads: when each figure of a range first arrived, and which periods are approved. */
@ApplicationScoped
public class ReportingData {
    private final EntityManager em;

    public ReportingData(EntityManager em) {
        this.em = em;
    }

    /**
     * The day (plan time zone) the first value of each (indicator, period) of the range's years arrived, by code and
     * period: its first revision's time. All departments' when {@code department} is null. Periods of a year sort
     * between that year and the next as text.
     */
    Map<String, Map<String, LocalDate>> arrivals(String department, ReportingRange range) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select o.indicator_code, o.period,"
                        + " coalesce(r.recorded_at, o.recorded_at) from observation o"
                        + " join indicator i on i.code = o.indicator_code"
                        + " left join observation_revision r on r.observation_id = o.id and r.revision = 1"
                        + " where (cast(?1 as varchar) is null or i.owner_department = ?1)"
                        + " and o.period >= ?2 and o.period < ?3")
                .setParameter(1, department)
                .setParameter(2, String.valueOf(range.firstYear()))
                .setParameter(3, String.valueOf(range.to().year() + 1))
                .getResultList();
        Map<String, Map<String, LocalDate>> arrivals = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate day = PlanDay.of(SqlValues.instant(row[2]));
            arrivals.computeIfAbsent((String) row[0], c -> new HashMap<>()).put((String) row[1], day);
        }
        return arrivals;
    }

    /** The approved units, as {@link #unit} names them. */
    Set<String> approvedUnits() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select department, period from submission where state = 'APPROVED'")
                .getResultList();
        Set<String> units = new HashSet<>();
        rows.forEach(r -> units.add(r[0] + "|" + r[1]));
        return units;
    }

    static String unit(String department, Period period) {
        return department + "|" + period;
    }
}
