package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Finds what the early warning last told about an indicator; no row means it never warned. */
@ApplicationScoped
public class ProjectionStateRepository implements PanacheRepositoryBase<ProjectionState, String> {

    public Optional<ProjectionState> stored(String indicatorCode) {
        return findByIdOptional(indicatorCode);
    }
}
