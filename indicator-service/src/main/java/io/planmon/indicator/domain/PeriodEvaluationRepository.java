package io.planmon.indicator.domain;

import io.planmon.indicator.domain.PeriodEvaluation.Judged;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the stored evaluations (the latest of each indicator with its approval, a range, the periods evaluated) and
 * the status changes they announced.
 */
@ApplicationScoped
public class PeriodEvaluationRepository implements PanacheRepositoryBase<PeriodEvaluation, Long> {
    /** Each evaluation with the state of the submission of its period (its owner's unit), if there is one. */
    private static final String JUDGED = "select e, s.state from PeriodEvaluation e join Indicator i"
            + " on i.code = e.indicatorCode left join Submission s on s.department = i.ownerDepartment"
            + " and s.period = e.period where ";

    /** The evaluation of the latest period of each indicator with its approval, in one query. */
    public List<Judged> latestOf(Collection<String> codes) {
        return judged(
                JUDGED + "e.indicatorCode in ?1 and e.period = (select max(l.period)"
                        + " from PeriodEvaluation l where l.indicatorCode = e.indicatorCode)",
                codes);
    }

    /** The periods from {@code lower} to {@code upper} (inclusive, as period texts) with their approval, oldest first. */
    public List<Judged> range(String indicatorCode, String lower, String upper) {
        return judged(
                JUDGED + "e.indicatorCode = ?1 and e.period >= ?2 and e.period <= ?3 order by e.period",
                indicatorCode,
                lower,
                upper);
    }

    private List<Judged> judged(String query, Object... parameters) {
        TypedQuery<Object[]> typed = getEntityManager().createQuery(query, Object[].class);
        for (int i = 0; i < parameters.length; i++) {
            typed.setParameter(i + 1, parameters[i]);
        }
        return typed.getResultList().stream()
                .map(row -> Judged.of((PeriodEvaluation) row[0], (Submission.State) row[1]))
                .toList();
    }

    /** The status changes of the periods from {@code lower} to {@code upper}, in the order they happened. */
    public List<StatusChange> changes(String indicatorCode, String lower, String upper) {
        return getEntityManager()
                .createQuery(
                        "from StatusChange where indicatorCode = ?1 and period >= ?2 and period <= ?3"
                                + " order by changedAt, id",
                        StatusChange.class)
                .setParameter(1, indicatorCode)
                .setParameter(2, lower)
                .setParameter(3, upper)
                .getResultList();
    }

    /** Every period of the indicator that has an evaluation (a value, or DATA_OVERDUE). */
    public Set<String> periodsOf(String indicatorCode) {
        return list("indicatorCode", indicatorCode).stream().map(e -> e.period).collect(Collectors.toSet());
    }
}
