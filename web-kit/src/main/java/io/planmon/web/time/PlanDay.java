package io.planmon.web.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The district's date, in one place: due dates, "today" and arrival days are reckoned in Shanghai, whose day begins
 * eight hours before the UTC one. Reads the clock's instant, never its zone, so that a test clock whose
 * {@code withZone} ignores its argument still gives the district's day.
 */
public final class PlanDay {
    /** The plan's time zone, {@link ClockProducer#PLAN_ZONE}. */
    public static final ZoneId ZONE = ZoneId.of(ClockProducer.PLAN_ZONE);

    private PlanDay() {}

    /** The district's date now. */
    public static LocalDate today(Clock clock) {
        return of(clock.instant());
    }

    /** The district's date at {@code instant}. */
    public static LocalDate of(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
