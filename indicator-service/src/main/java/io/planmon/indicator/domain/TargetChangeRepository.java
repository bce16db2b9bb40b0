package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Finds the changes of an indicator's target, oldest first. */
@ApplicationScoped
public class TargetChangeRepository implements PanacheRepositoryBase<TargetChange, Long> {

    public List<TargetChange> of(String indicatorCode) {
        return list("indicatorCode", Sort.by("changedAt").and("id"), indicatorCode);
    }
}
