package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Finds the status changes of an indicator's periods, in the order they happened. */
@ApplicationScoped
public class StatusChangeRepository implements PanacheRepositoryBase<StatusChange, Long> {

    /** The changes of the periods from {@code lower} to {@code upper} (inclusive, as period texts). */
    public List<StatusChange> ofPeriods(String indicatorCode, String lower, String upper) {
        return list(
                "indicatorCode = ?1 and period >= ?2 and period <= ?3",
                Sort.by("changedAt").and("id"),
                indicatorCode,
                lower,
                upper);
    }
}
