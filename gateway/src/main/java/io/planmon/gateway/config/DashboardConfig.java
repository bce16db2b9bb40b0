package io.planmon.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the dashboard summary asks the services ({@code planmon.dashboard.*}). */
@ConfigMapping(prefix = "planmon.dashboard")
public interface DashboardConfig {

    /**
     * How long each part of the summary may take in all (connect, answer, body); a part that takes longer is reported
     * missing while the others are still answered.
     */
    @WithDefault("3s")
    Duration timeout();

    /** Alerts asked for per state; a state with more open alerts than this is counted as at least this many. */
    @WithDefault("500")
    int alertLimit();
}
