package io.planmon.gateway.dashboard;

import io.planmon.gateway.routing.Upstream;
import java.util.Locale;

/** The parts of the dashboard summary and the service each one comes from. */
public enum Part {
    INDICATORS(Upstream.INDICATORS, "/api/v1/indicators/summary"),
    TASKS(Upstream.TASKS, "/api/v1/tasks/summary"),
    ALERTS(Upstream.NOTIFICATIONS, "/api/v1/alerts/summary");

    private final Upstream upstream;
    private final String summaryPath;

    Part(Upstream upstream, String summaryPath) {
        this.upstream = upstream;
        this.summaryPath = summaryPath;
    }

    /** Where the part's service answers its counts (the summary endpoints of the three services). */
    public String summaryPath() {
        return summaryPath;
    }

    /** The part's name in the summary's JSON and in metric tags. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Upstream upstream() {
        return upstream;
    }
}
