package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds and locks the submissions of (department, period) units, with the steps each took and their figures. */
@ApplicationScoped
public class SubmissionRepository implements PanacheRepositoryBase<Submission, Long> {

    /** A unit's submission, locked, and whether the call that locked it created it. */
    public record Opened(Submission submission, boolean created) {}

    /** Newest period first, then by department; a null filter means any. */
    public List<Submission> search(String department, String period, Submission.State state) {
        return list(
                "(:department is null or department = :department) and (:period is null or period = :period)"
                        + " and (:state is null or state = :state)",
                Sort.descending("period").and("department"),
                Parameters.with("department", department).and("period", period).and("state", state));
    }

    /** The submission locked for update, for a step that changes its state. */
    public Optional<Submission> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Creates the unit's submission as SUBMITTED unless it exists (one statement, so that two first submissions do
     * not both create it), then locks it. Answers it and whether this call created it.
     */
    public Opened createOrLock(String department, Period period, String by) {
        boolean created = getEntityManager()
                        .createNativeQuery("insert into submission (department, period, frequency, state, changed_by,"
                                + " changed_at) values (?1, ?2, ?3, 'SUBMITTED', ?4, now())"
                                + " on conflict (department, period) do nothing")
                        .setParameter(1, department)
                        .setParameter(2, period.toString())
                        .setParameter(3, period.frequency().name())
                        .setParameter(4, by)
                        .executeUpdate()
                == 1;
        Submission s = find("department = ?1 and period = ?2", department, period.toString())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        return new Opened(s, created);
    }

    /** The steps of a submission, oldest first. */
    public List<SubmissionStep> steps(Submission s) {
        return getEntityManager()
                .createQuery(
                        "from SubmissionStep where submissionId = ?1 order by recordedAt, id", SubmissionStep.class)
                .setParameter(1, s.id)
                .getResultList();
    }

    /** The figures each of {@code steps} was about, by step id, each list by indicator code. */
    public Map<Long, List<SubmissionItem>> items(List<SubmissionStep> steps) {
        if (steps.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("from SubmissionItem where stepId in ?1 order by indicatorCode", SubmissionItem.class)
                .setParameter(1, steps.stream().map(st -> st.id).toList())
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(i -> i.stepId));
    }
}
