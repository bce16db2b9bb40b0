package io.planmon.notification.domain.silence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Stores silences and finds the one that mutes an alert. */
@ApplicationScoped
public class SilenceRepository implements PanacheRepository<Silence> {

    public List<Silence> active(Instant now) {
        return list("endedAt is null and expiresAt > ?1", Sort.ascending("id"), now);
    }

    public List<Silence> all() {
        return listAll(Sort.descending("id"));
    }

    /** Silences whose expiry has passed but that were not ended yet: the expiry job ends them. */
    public List<Silence> expired(Instant now) {
        return list("endedAt is null and expiresAt <= ?1", now);
    }
}
