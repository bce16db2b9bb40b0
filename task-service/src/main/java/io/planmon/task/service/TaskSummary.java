package io.planmon.task.service;

import io.planmon.kit.http.SqlValues;
import io.planmon.task.domain.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's count of tasks by status, from one GROUP BY: what the gateway used to count from the whole task list
 * (its TaskTally). Every caller sees every task, so the counts are the same for all.
 */
@ApplicationScoped
public class TaskSummary {
    /** Every status (0 when none), {@code asOf} the newest change of a task counted (null when there is none). */
    public record Counts(Map<String, Long> byStatus, long total, Instant asOf) {}

    private final EntityManager em;

    public TaskSummary(EntityManager em) {
        this.em = em;
    }

    public Counts count() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select status, count(*), max(updated_at) from task group by status")
                .getResultList();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (TaskStatus status : TaskStatus.values()) {
            byStatus.put(status.name(), 0L);
        }
        long total = 0;
        Instant asOf = null;
        for (Object[] row : rows) {
            long n = SqlValues.number(row[1]);
            byStatus.merge((String) row[0], n, Long::sum);
            total += n;
            asOf = SqlValues.newest(asOf, SqlValues.instant(row[2]));
        }
        return new Counts(byStatus, total, asOf);
    }
}
