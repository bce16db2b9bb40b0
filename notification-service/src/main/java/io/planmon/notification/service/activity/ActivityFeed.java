package io.planmon.notification.service.activity;

import io.planmon.kit.http.NewestFirst;
import io.planmon.notification.domain.activity.ActivityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Reads the feed of recent plan updates, newest first; read-only, so no transaction is opened. */
@ApplicationScoped
public class ActivityFeed {
    public static final int MAX_LIMIT = 500;

    private final ActivityRepository activities;

    public ActivityFeed(ActivityRepository activities) {
        this.activities = activities;
    }

    /** A page of the feed, newest first, after {@code cursor} when given. */
    public ActivityRepository.Page newest(int limit, Optional<String> subject, Optional<NewestFirst> cursor) {
        return activities.newest(limit, subject, cursor);
    }

    public long total(Optional<String> subject) {
        return activities.total(subject);
    }
}
