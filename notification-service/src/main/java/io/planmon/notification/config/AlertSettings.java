package io.planmon.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** How alerts escalate and how notifications are delivered ({@code planmon.alerts.*}). */
@ConfigMapping(prefix = "planmon.alerts")
public interface AlertSettings {
    /** An unacknowledged CRITICAL alert escalates to the escalation receivers this long after it fired. */
    @WithDefault("PT4H")
    Duration escalateAfter();

    /** How often the escalation job looks (a scheduler {@code every}). */
    @WithDefault("30s")
    String escalationCheck();

    /** How often expired silences are ended. */
    @WithDefault("10s")
    String silenceCheck();

    /** When the daily digest goes out (Quartz-style cron, Asia/Shanghai). */
    @WithDefault("0 0 8 * * ?")
    String digestCron();

    Delivery delivery();

    /** Retries of a failed delivery: exponential from {@code initial-backoff}, capped, then FAILED. */
    interface Delivery {
        /** How often the worker polls the delivery table. */
        @WithDefault("1s")
        String every();

        @WithDefault("PT10S")
        Duration initialBackoff();

        @WithDefault("PT15M")
        Duration maxBackoff();

        @WithDefault("8")
        int maxAttempts();

        /** An attempt waits this long at most: a webhook call is cancelled then, an SMTP dialogue only left. */
        @WithDefault("PT10S")
        Duration timeout();

        /**
         * How long a claimed delivery stays out of other workers' reach. Longer than {@link #timeout()}, so that a live
         * attempt always records before anyone else tries; a crashed instance's deliveries are due again after it.
         */
        @WithDefault("PT1M")
        Duration lease();

        /** Deliveries one instance sends at the same time: a receiver that hangs holds up only its own. */
        @WithDefault("4")
        @Min(1)
        int concurrency();
    }
}
