package io.planmon.notification.support;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests (it replaces the default bean): real time plus an offset that tests only move
 * forward, so that escalation and silence expiry are tested without waiting hours. Shared by all tests of the run.
 */
@Singleton
public class MovableClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /**
     * This clock in {@code zone}: the same instant, moved with it, but read in that zone, as the service's "today"
     * ({@code clock.withZone(PLAN_ZONE)}) needs; returning this clock would read a Shanghai day as the UTC one.
     */
    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new Zoned(this, zone);
    }

    /** A view of a movable clock in another zone; it never moves on its own. */
    private static final class Zoned extends Clock {
        private final MovableClock movable;
        private final ZoneId zone;

        Zoned(MovableClock movable, ZoneId zone) {
            this.movable = movable;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return movable.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return movable.withZone(other);
        }
    }
}
