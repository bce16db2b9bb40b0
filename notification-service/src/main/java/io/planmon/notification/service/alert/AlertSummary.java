package io.planmon.notification.service.alert;

import io.planmon.kit.http.SqlValues;
import io.planmon.notification.domain.alert.AlertState;
import io.planmon.notification.domain.alert.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's count of open alerts (every state but RESOLVED) by severity and by state, exact and from one GROUP
 * BY, scoped as the caller's alert list is: the gateway used to count it from two lists cut at their limit.
 */
@ApplicationScoped
public class AlertSummary {
    static final List<Severity> SEVERITIES = List.of(Severity.CRITICAL, Severity.WARNING, Severity.INFO);
    static final List<AlertState> OPEN_STATES = List.of(AlertState.FIRING, AlertState.ACKNOWLEDGED);

    /** {@code asOf}: the newest change of an alert in the caller's scope, resolved ones included (null when none). */
    public record Counts(Map<String, Long> open, Map<String, Long> byState, long total, Instant asOf) {}

    private final EntityManager em;

    public AlertSummary(EntityManager em) {
        this.em = em;
    }

    /** @param department the reporter's department, empty for roles that see every department */
    public Counts count(Optional<String> department) {
        // Resolved rows are grouped too (counted as 0), so that their changes set asOf in the same statement.
        String sql = "select severity, state, count(*) filter (where state <> 'RESOLVED'), max(updated_at) from alert"
                + (department.isPresent() ? " where department = ?1" : "") + " group by severity, state";
        Query query = em.createNativeQuery(sql);
        department.ifPresent(d -> query.setParameter(1, d));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, Long> open = zeros(SEVERITIES.stream().map(Enum::name).toList());
        Map<String, Long> byState = zeros(OPEN_STATES.stream().map(Enum::name).toList());
        long total = 0;
        Instant asOf = null;
        for (Object[] row : rows) {
            long n = SqlValues.number(row[2]);
            asOf = SqlValues.newest(asOf, SqlValues.instant(row[3]));
            if (n > 0) {
                open.merge((String) row[0], n, Long::sum);
                byState.merge((String) row[1], n, Long::sum);
                total += n;
            }
        }
        return new Counts(open, byState, total, asOf);
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        keys.forEach(k -> counts.put(k, 0L));
        return counts;
    }
}
