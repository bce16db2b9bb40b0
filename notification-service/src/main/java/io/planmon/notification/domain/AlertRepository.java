package io.planmon.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
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

    /** One page of the alerts matching the filters, newest first, and how many match in all. */
    public record Found(List<Alert> alerts, long total) {}

    /** Newest first; each filter applies only when given. */
    public Found search(
            Optional<AlertState> state,
            Optional<Severity> severity,
            Optional<String> department,
            Optional<String> subject,
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
        List<Alert> page = find(query, NEWEST_FIRST, params).page(0, limit).list();
        // Counted only when the page is full: otherwise the page is all there is.
        long total = page.size() < limit ? page.size() : count(query, params);
        return new Found(page, total);
    }
}
