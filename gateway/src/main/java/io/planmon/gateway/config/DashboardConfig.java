package io.planmon.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the dashboard summary asks the services, and the dashboard pages' settings ({@code planmon.dashboard.*}). */
@ConfigMapping(prefix = "planmon.dashboard")
public interface DashboardConfig {

    /**
     * How long each part of the summary may take in all (connect, answer, body); a part that takes longer is reported
     * missing while the others are still answered.
     */
    @WithDefault("3s")
    Duration timeout();

    /**
     * How long a composed summary is answered again without asking the services, per scope: with the time of one
     * round, the most a summary can lag behind a change made elsewhere. After a write through this gateway instance the
     * next read asks at once. 0 asks on every read that finds no round under way (still conditionally; the reads
     * arriving during a round get the summary it revalidates).
     */
    @WithDefault("250ms")
    Duration revalidateAfter();

    /** Scopes whose summary nobody read for this long are forgotten, which keeps the memory bounded. */
    @WithDefault("5m")
    Duration forgetAfter();

    /**
     * Encrypts the dashboard's session cookie and PKCE state (quarkus.oidc.dashboard.*) and keys the CSRF tokens'
     * signature; 32 characters or more. Each deployment sets its own (PLANMON_DASHBOARD_SESSION_SECRET).
     */
    String sessionSecret();

    /** Whether the pages say that the values are synthetic demo data: true on the local stack, false in production. */
    @WithDefault("true")
    boolean demoNotice();
}
