package io.planmon.notification.config;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * How alerts escalate and how notifications are delivered ({@code planmon.alerts.*}). Every default is written once, in
 * application.properties. The keys a job's {@code @Scheduled} expression reads are declared here too, without a caller:
 * SmallRye refuses a key under the mapping's prefix that the mapping does not declare (SRCFG00050).
 */
@ConfigMapping(prefix = "planmon.alerts")
public interface AlertSettings {
    /** An unacknowledged CRITICAL alert escalates to the escalation receivers this long after it fired. */
    Duration escalateAfter();

    /** How often the escalation job looks: read by {@code EscalationJob}'s {@code @Scheduled(every)}. */
    String escalationCheck();

    /** How often expired silences are ended: read by {@code SilenceService.expire}'s {@code @Scheduled(every)}. */
    String silenceCheck();

    /** When the daily digest goes out (cron, Asia/Shanghai): read by {@code DigestJob}'s {@code @Scheduled(cron)}. */
    String digestCron();

    Delivery delivery();

    /** Retries of a failed delivery: exponential from {@code initial-backoff}, capped, then FAILED. */
    interface Delivery {
        /** The delivery worker's poll: read by {@code DeliveryWorker}'s {@code @Scheduled(every)}. */
        String every();

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
