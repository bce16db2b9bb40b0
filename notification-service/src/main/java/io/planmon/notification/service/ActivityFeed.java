package io.planmon.notification.service;

import io.planmon.notification.domain.Activity;
import io.planmon.notification.domain.ActivityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Reads the feed of recent plan updates, newest first; read-only, so no transaction is opened. */
@ApplicationScoped
public class ActivityFeed {
    public static final int MAX_LIMIT = 500;

    private final ActivityRepository activities;

    public ActivityFeed(ActivityRepository activities) {
        this.activities = activities;
    }

    public List<Activity> newest(int limit, Optional<String> subject) {
        return activities.newest(limit, subject);
    }
}
