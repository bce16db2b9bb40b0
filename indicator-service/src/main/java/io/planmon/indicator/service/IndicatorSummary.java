package io.planmon.indicator.service;

import io.planmon.indicator.domain.evaluation.Status;
import io.planmon.kit.http.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboard's count of the catalogue by plan area and status of the latest evaluation, from one GROUP BY: the
 * same numbers the gateway used to count from the whole catalogue (its IndicatorTally), without reading it.
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

    /** {@code byArea} sorted by area, {@code asOf} the newest evaluation counted (null when none). */
    public record Counts(Map<String, Map<String, Long>> byArea, Map<String, Long> byStatus, long total, Instant asOf) {}

    private final EntityManager em;

    public IndicatorSummary(EntityManager em) {
        this.em = em;
    }

    public Counts count() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select coalesce(nullif(btrim(i.area), ''), '" + NO_AREA + "'),"
                        + " coalesce(e.status, '" + NO_DATA + "'), count(*), max(e.evaluated_at)"
                        + " from indicator i left join evaluation e on e.indicator_code = i.code"
                        + " and e.period = (select max(l.period) from evaluation l where l.indicator_code = i.code)"
                        + " group by 1, 2")
                .getResultList();
        Map<String, Map<String, Long>> byArea = new TreeMap<>();
        Map<String, Long> byStatus = zeros();
        long total = 0;
        Instant asOf = null;
        for (Object[] row : rows) {
            String area = (String) row[0];
            String status = (String) row[1];
            long n = SqlValues.number(row[2]);
            byArea.computeIfAbsent(area, a -> zeros()).merge(status, n, Long::sum);
            byStatus.merge(status, n, Long::sum);
            total += n;
            asOf = SqlValues.newest(asOf, SqlValues.instant(row[3]));
        }
        return new Counts(byArea, byStatus, total, asOf);
    }

    private static Map<String, Long> zeros() {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATUSES.forEach(s -> counts.put(s, 0L));
        return counts;
    }
}
