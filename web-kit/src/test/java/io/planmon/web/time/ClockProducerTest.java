package io.planmon.web.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClockProducerTest {

    @Test
    void theClockIsTheSystemsInUtc() {
        Clock clock = new ClockProducer().clock();

        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void theDistrictRunsEightHoursAheadOfUtc() {
        ZoneId plan = ZoneId.of(ClockProducer.PLAN_ZONE);

        assertThat(plan.getRules().getOffset(Instant.parse("2026-03-02T00:00:00Z")))
                .isEqualTo(ZoneOffset.ofHours(8));
    }
}
