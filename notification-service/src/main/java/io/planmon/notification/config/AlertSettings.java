package io.planmon.notification.config;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * How alerts escalate and how notifications are delivered ({@code planmon.alerts.*}). Every default is written once, in
 * application.properties, beside the keys the schedulers read there ({@code escalation-check}, {@code silence-check},
 * {@code digest-cron}, {@code delivery.every}: {@code @Scheduled} expressions, not read through this mapping).
 */
@ConfigMapping(prefix = "planmon.alerts")
public interface AlertSettings {
    /** An unacknowledged CRITICAL alert escalates to the escalation receivers this long after it fired. */
    Duration escalateAfter();

    Delivery delivery();

    /** Retries of a failed delivery: exponential from {@code initial-backoff}, capped, then FAILED. */
    interface Delivery {
        Duration initialBackoff();

        Duration maxBackoff();

        int maxAttempts();

        /** An attempt waits this long at most: a webhook call is cancelled then, an SMTP dialogue only left. */
        Duration timeout();

        /**
         * How long a claimed delivery stays out of other workers' reach. Longer than {@link #timeout()}, so that a live
         * attempt always records before anyone else tries; a crashed instance's deliveries are due again after it.
         */
        Duration lease();

        /** Deliveries one instance sends at the same time: a receiver that hangs holds up only its own. */
        @Min(1)
        int concurrency();
    }
}
