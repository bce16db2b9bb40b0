package io.planmon.gateway.dashboard;

import io.planmon.gateway.routing.Upstream;
import java.util.Locale;

/** The parts of the dashboard summary and the service each one comes from. */
public enum Part {
    INDICATORS(Upstream.INDICATORS),
    TASKS(Upstream.TASKS),
    ALERTS(Upstream.NOTIFICATIONS);

    private final Upstream upstream;

    Part(Upstream upstream) {
        this.upstream = upstream;
    }

    /** The part's name in the summary's JSON and in metric tags. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Upstream upstream() {
        return upstream;
    }
}
