package io.planmon.gateway.ratelimit;

import io.planmon.gateway.PeriodicSweep;
import io.planmon.gateway.config.RateLimitConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Drops the full buckets at the configured interval, on a Vert.x timer rather than on any client's call. */
@ApplicationScoped
public class BucketSweeper {
    private static final Logger LOG = Logger.getLogger(BucketSweeper.class);

    private final Vertx vertx;
    private final RateLimitConfig config;
    private final ClientBuckets buckets;
    private final PeriodicSweep timer = new PeriodicSweep();

    BucketSweeper(Vertx vertx, RateLimitConfig config, ClientBuckets buckets) {
        this.vertx = vertx;
        this.config = config;
        this.buckets = buckets;
    }

    void start(@Observes StartupEvent started) {
        if (config.enabled()) {
            timer.start(vertx, config.sweepInterval().toMillis(), () -> {
                int dropped = buckets.dropFull();
                LOG.debugf("dropped %d idle rate-limit buckets", dropped);
            });
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        timer.stop();
    }
}
