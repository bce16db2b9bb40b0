package io.planmon.gateway.support;

import io.planmon.gateway.ratelimit.RateLimitClock;
import io.quarkus.test.junit.QuarkusMock;
import jakarta.enterprise.inject.Vetoed;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A rate-limit clock that stands still until a test moves it on, so that no bucket refills behind the test's back.
 * Vetoed, since it would otherwise inherit its parent's bean scope.
 */
@Vetoed
public class AdjustableClock extends RateLimitClock {
    // One for every test class: the running gateway keeps its buckets from class to class, so time must only go on.
    private static final AdjustableClock GATEWAY = new AdjustableClock();

    private final AtomicLong now = new AtomicLong(System.nanoTime());

    /** For a test method: the gateway's clock, an hour on, which refills whatever an earlier test used up. */
    public static AdjustableClock installRested() {
        GATEWAY.advance(Duration.ofHours(1));
        // A QuarkusMock lasts one test method.
        QuarkusMock.installMockForType(GATEWAY, RateLimitClock.class);
        return GATEWAY;
    }

    @Override
    public long nanoTime() {
        return now.get();
    }

    public void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }
}
