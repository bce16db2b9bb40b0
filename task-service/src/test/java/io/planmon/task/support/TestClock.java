package io.planmon.task.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** The service's clock in tests: a day the test chooses, noon in Shanghai; every Quarkus test shares it. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {
    public static final LocalDate DEFAULT_DAY = LocalDate.of(2026, 3, 2);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Instant now = at(DEFAULT_DAY);

    public void setDay(LocalDate day) {
        now = at(day);
    }

    public void reset() {
        setDay(DEFAULT_DAY);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
