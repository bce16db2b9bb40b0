package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds the stored values: one period's, a range of a series, every revision of a period, a unit's of a period. */
@ApplicationScoped
public class ObservationRepository implements PanacheRepositoryBase<Observation, Long> {

    /** The current value of every period of an indicator, keyed by period text. */
    public Map<String, BigDecimal> valuesOf(String indicatorCode) {
        Map<String, BigDecimal> values = new HashMap<>();
        list("indicatorCode", indicatorCode).forEach(o -> values.put(o.period, o.value));
        return values;
    }

    public Optional<Observation> find(String indicatorCode, String period) {
        return find("indicatorCode = ?1 and period = ?2", indicatorCode, period).firstResultOptional();
    }

    /** The periods from {@code lower} to {@code upper} (inclusive, as period texts), oldest first. */
    public List<Observation> range(String indicatorCode, String lower, String upper) {
        return list(
                "indicatorCode = ?1 and period >= ?2 and period <= ?3", Sort.by("period"), indicatorCode, lower, upper);
    }

    public List<ObservationRevision> revisions(Observation observation) {
        return getEntityManager()
                .createQuery(
                        "from ObservationRevision where observationId = ?1 order by revision",
                        ObservationRevision.class)
                .setParameter(1, observation.id)
                .getResultList();
    }

    /** The current values of {@code set} for {@code period}, by indicator code, in one query. */
    public Map<String, Observation> ofPeriod(List<Indicator> set, String period) {
        if (set.isEmpty()) {
            return Map.of();
        }
        return list(
                        "indicatorCode in ?1 and period = ?2",
                        set.stream().map(i -> i.code).toList(),
                        period)
                .stream()
                .collect(Collectors.toMap(o -> o.indicatorCode, Function.identity()));
    }
}
