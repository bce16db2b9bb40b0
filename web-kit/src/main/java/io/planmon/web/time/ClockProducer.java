package io.planmon.web.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one wall clock of the gateway and every service, in UTC: nothing calls Instant.now(), so that a test can set the
 * time. A default bean: a test's own {@code Clock} bean (a plain bean or an alternative) replaces it.
 */
@Dependent
public class ClockProducer {
    /**
     * The district's time zone (Qingpu, Shanghai), in which "today" and due dates are reckoned: {@link
     * PlanDay#today(Clock)}. A compile-time constant, so that a {@code @Scheduled(timeZone = …)} can name it.
     */
    public static final String PLAN_ZONE = "Asia/Shanghai";

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
