package io.planmon.notification.domain.alert;

import io.planmon.kit.http.NewestFirst;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores alerts and finds the open one of an identity. */
@ApplicationScoped
public class AlertRepository implements PanacheRepository<Alert> {
    private static final Sort NEWEST_FIRST = Sort.descending("updatedAt").and("id", Sort.Direction.Descending);

    public Optional<Alert> open(SubjectType type, String code, Condition condition) {
        return find(
                        "subjectType = ?1 and subjectCode = ?2 and condition = ?3 and state <> ?4",
                        type,
                        code,
                        condition,
                        AlertState.RESOLVED)
                .firstResultOptional();
    }

    /** The open alerts of these subjects, whatever their type and condition: a consumed batch's in one query. */
    public List<Alert> openOf(Collection<String> subjectCodes) {
        return subjectCodes.isEmpty()
                ? List.of()
                : list("subjectCode in ?1 and state <> ?2", subjectCodes, AlertState.RESOLVED);
    }

    /** Whether an alert of this identity was ever made for {@code period} (and has resolved since). */
    public boolean resolvedFor(SubjectType type, String code, Condition condition, String period) {
        return count(
                        "subjectType = ?1 and subjectCode = ?2 and condition = ?3 and period = ?4 and state = ?5",
                        type,
                        code,
                        condition,
                        period,
                        AlertState.RESOLVED)
                > 0;
    }

    public List<Alert> openAlerts() {
        return list("state <> ?1", AlertState.RESOLVED);
    }

    public List<Alert> silencedBy(long silenceId) {
        return list("silencedBy = ?1 and state <> ?2", silenceId, AlertState.RESOLVED);
    }

    /**
     * Firing CRITICAL alerts nobody acknowledged, CRITICAL since {@code criticalBy} or earlier (not since they fired:
     * a WARNING that turns CRITICAL starts the clock then), and not escalated yet.
     */
    public List<Alert> dueForEscalation(Instant criticalBy) {
        return list(
                // An alert a pre-V6 instance made CRITICAL has no criticalSince: its last change stands in, so it
                // still escalates (never earlier than it should).
                "state = ?1 and severity = ?2 and escalatedAt is null and coalesce(criticalSince, updatedAt) <= ?3",
                AlertState.FIRING,
                Severity.CRITICAL,
                criticalBy);
    }

    /** One page of the alerts matching the filters, newest first, how many match in all, and whether more follow. */
    public record Found(List<Alert> alerts, long total, boolean more) {}

    /**
     * Newest change first, after {@code cursor} when given; each filter applies only when given. One row more than
     * the page is read, to know whether a next page exists without counting.
     */
    public Found search(
            Optional<AlertState> state,
            Optional<Severity> severity,
            Optional<String> department,
            Optional<String> subject,
            Optional<NewestFirst> cursor,
            int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        state.ifPresent(s -> {
            where.add("state = :state");
            params.and("state", s);
        });
        severity.ifPresent(s -> {
            where.add("severity = :severity");
            params.and("severity", s);
        });
        department.ifPresent(d -> {
            where.add("department = :department");
            params.and("department", d);
        });
        subject.ifPresent(s -> {
            where.add("subjectCode = :subject");
            params.and("subject", s);
        });
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        Parameters pageParams = new Parameters();
        params.map().forEach(pageParams::and);
        String pageQuery = cursor.map(c -> {
                    c.bind(pageParams);
                    return query + " and " + NewestFirst.condition("updatedAt", "id");
                })
                .orElse(query);
        List<Alert> rows =
                find(pageQuery, NEWEST_FIRST, pageParams).range(0, limit).list();
        boolean more = rows.size() > limit;
        List<Alert> page = more ? rows.subList(0, limit) : rows;
        // Counted only when there is more than this first page: otherwise the page is all there is.
        long total = cursor.isEmpty() && !more ? page.size() : count(query, params);
        return new Found(page, total, more);
    }
}
