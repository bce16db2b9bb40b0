package io.planmon.indicator.service;

import io.planmon.indicator.domain.Approval;
import io.planmon.indicator.domain.evaluation.Status;
import io.planmon.kit.http.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboard's count of the catalogue by plan area, status and approval of the latest evaluation, from one GROUP
 * BY (the same numbers the gateway used to count from the whole catalogue, without reading it), and the departments
 * that report least punctually.
 */
@ApplicationScoped
public class IndicatorSummary {
    /** An indicator without an evaluation yet. */
    public static final String NO_DATA = "NO_DATA";
    /** An indicator whose catalogue entry names no area. */
    public static final String NO_AREA = "UNASSIGNED";

    /** Every status a summary shows, at 0 when none; one found beyond these (DATA_OVERDUE) is added after them. */
    public static final List<String> STATUSES = List.of(
            Status.ON_TRACK.name(),
            Status.AT_RISK.name(),
            Status.OFF_TRACK.name(),
            Status.ACHIEVED.name(),
            Status.AWAITING_REFERENCE.name(),
            Status.INSUFFICIENT_DATA.name(),
            Status.NO_TARGET.name(),
            NO_DATA);

    /**
     * {@code byArea} sorted by area, {@code byApproval} the latest figures by how far they have come (indicators
     * without a value are in none), {@code asOf} the newest evaluation counted (null when none), {@code worst} the
     * departments that reported least punctually over the plan period so far.
     */
    public record Counts(
            Map<String, Map<String, Long>> byArea,
            Map<String, Long> byStatus,
            Map<String, Long> byApproval,
            long total,
            Instant asOf,
            List<ReportingQueries.Line> worst) {}

    /** How many departments the summary names as the least punctual. */
    public static final int WORST = 5;

    private final EntityManager em;
    private final ReportingQueries reporting;

    public IndicatorSummary(EntityManager em, ReportingQueries reporting) {
        this.em = em;
        this.reporting = reporting;
    }

    /** One GROUP BY for the statuses and approvals; the punctuality from the timeliness reads, as of {@code today}. */
    public Counts count(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select coalesce(nullif(btrim(i.area), ''), '" + NO_AREA + "'),"
                        + " coalesce(e.status, '" + NO_DATA + "'), count(*), max(e.evaluated_at),"
                        + " case when e.value is null then null when s.state in ('APPROVED', 'SUBMITTED') then s.state"
                        + " else 'PROVISIONAL' end"
                        + " from indicator i left join evaluation e on e.indicator_code = i.code"
                        + " and e.period = (select max(l.period) from evaluation l where l.indicator_code = i.code)"
                        + " left join submission s on s.department = i.owner_department and s.period = e.period"
                        + " group by 1, 2, 5")
                .getResultList();
        Map<String, Map<String, Long>> byArea = new TreeMap<>();
        Map<String, Long> byStatus = zeros();
        Map<String, Long> byApproval = new LinkedHashMap<>();
        Arrays.stream(Approval.values()).forEach(a -> byApproval.put(a.name(), 0L));
        long total = 0;
        Instant asOf = null;
        for (Object[] row : rows) {
            String area = (String) row[0];
            String status = (String) row[1];
            long n = SqlValues.number(row[2]);
            byArea.computeIfAbsent(area, a -> zeros()).merge(status, n, Long::sum);
            byStatus.merge(status, n, Long::sum);
            if (row[4] != null) {
                byApproval.merge((String) row[4], n, Long::sum);
            }
            total += n;
            asOf = SqlValues.newest(asOf, SqlValues.instant(row[3]));
        }
        return new Counts(byArea, byStatus, byApproval, total, asOf, reporting.worst(WORST, today));
    }

    private static Map<String, Long> zeros() {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATUSES.forEach(s -> counts.put(s, 0L));
        return counts;
    }
}
