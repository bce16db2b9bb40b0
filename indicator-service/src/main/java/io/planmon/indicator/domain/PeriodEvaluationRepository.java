package io.planmon.indicator.domain;

import io.planmon.indicator.domain.PeriodEvaluation.Judged;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds the stored evaluations: the latest of each indicator with its approval, a range, the periods evaluated. */
@ApplicationScoped
public class PeriodEvaluationRepository implements PanacheRepositoryBase<PeriodEvaluation, Long> {

    /**
     * The evaluation of the latest period of each indicator with the state of the submission of its period (its
     * owner's unit), in one query.
     */
    public List<Judged> latestOf(Collection<String> codes) {
        return getEntityManager()
                .createQuery(
                        "select e, s.state from PeriodEvaluation e join Indicator i on i.code = e.indicatorCode"
                                + " left join Submission s on s.department = i.ownerDepartment and s.period = e.period"
                                + " where e.indicatorCode in ?1 and e.period = (select max(l.period)"
                                + " from PeriodEvaluation l where l.indicatorCode = e.indicatorCode)",
                        Object[].class)
                .setParameter(1, codes)
                .getResultList()
                .stream()
                .map(row -> Judged.of((PeriodEvaluation) row[0], (Submission.State) row[1]))
                .toList();
    }

    /** The periods from {@code lower} to {@code upper} (inclusive, as period texts), oldest first. */
    public List<PeriodEvaluation> range(String indicatorCode, String lower, String upper) {
        return list(
                "indicatorCode = ?1 and period >= ?2 and period <= ?3", Sort.by("period"), indicatorCode, lower, upper);
    }

    /** Every period of the indicator that has an evaluation (a value, or DATA_OVERDUE). */
    public Set<String> periodsOf(String indicatorCode) {
        return list("indicatorCode", indicatorCode).stream().map(e -> e.period).collect(Collectors.toSet());
    }
}
