package io.planmon.notification.domain;

import io.planmon.kit.http.NewestFirst;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stores and reads the activity feed. */
@ApplicationScoped
public class ActivityRepository implements PanacheRepository<Activity> {
    private static final Sort NEWEST_FIRST = Sort.descending("occurredAt").and("id", Sort.Direction.Descending);

    /** A page of the newest entries (after {@code cursor}), of one subject when given, and whether more follow. */
    public record Page(List<Activity> entries, boolean more) {}

    /** {@code limit} entries newest first, after {@code cursor} when given; one more is read to know if more follow. */
    public Page newest(int limit, Optional<String> subject, Optional<NewestFirst> cursor) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        subject.ifPresent(s -> {
            where.add("subject = :subject");
            params.and("subject", s);
        });
        cursor.ifPresent(c -> {
            where.add(NewestFirst.condition("occurredAt", "id"));
            c.bind(params);
        });
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        List<Activity> rows = find(query, NEWEST_FIRST, params).range(0, limit).list();
        boolean more = rows.size() > limit;
        return new Page(more ? rows.subList(0, limit) : rows, more);
    }

    /** How many entries there are, of one subject when given. */
    public long total(Optional<String> subject) {
        return subject.map(s -> count("subject", s)).orElseGet(this::count);
    }
}
