package io.planmon.kit.health;

import java.time.Instant;

/**
 * What the last background check found: whether the database answers, whether the broker does, and how far the
 * outbox has fallen behind. Immutable, so a probe reads one consistent picture.
 */
public record DependencyState(
        boolean databaseUp,
        String databaseProblem,
        boolean brokerUp,
        String brokerProblem,
        long outboxPending,
        double outboxOldestPendingSeconds,
        Instant checkedAt) {

    /** Before the first check: not ready. */
    static DependencyState unknown() {
        return new DependencyState(false, "not checked yet", false, "not checked yet", 0, 0, null);
    }
}
