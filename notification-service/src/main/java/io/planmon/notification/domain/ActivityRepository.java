package io.planmon.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Stores and reads the activity feed. */
@ApplicationScoped
public class ActivityRepository implements PanacheRepository<Activity> {
    private static final Sort NEWEST_FIRST = Sort.descending("occurredAt").and("id", Sort.Direction.Descending);

    /** The {@code limit} newest entries, of one subject when it is given. */
    public List<Activity> newest(int limit, Optional<String> subject) {
        var query = subject.isPresent() ? find("subject", NEWEST_FIRST, subject.get()) : findAll(NEWEST_FIRST);
        return query.page(0, limit).list();
    }
}
