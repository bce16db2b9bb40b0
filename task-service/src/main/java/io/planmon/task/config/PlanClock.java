package io.planmon.task.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The one source of "today": the district's time zone, so that a task falls due at local midnight; tests replace it. */
public class PlanClock {
    /** Qingpu's time zone; a compile-time constant because the daily scan's annotation needs it. */
    public static final String ZONE = "Asia/Shanghai";

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of(ZONE));
    }
}
