package io.planmon.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planmon.gateway.support.AdjustableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One bucket per client at that client's rate, and memory that shrinks back once clients go quiet. */
class ClientBucketsTest {
    private final AdjustableClock clock = new AdjustableClock();
    private final ClientBuckets buckets =
            new ClientBuckets(Limits.of(new Limits.Limit(1, 2), Map.of("dashboard", new Limits.Limit(10, 50))), clock);

    @Test
    void givesEachClientItsOwnBucketAtItsOwnRate() {
        assertThat(buckets.take("dept-stats").limit()).isEqualTo(2);
        assertThat(buckets.take("dashboard").limit()).isEqualTo(50);
        assertThat(buckets.take("dept-stats").allowed()).isTrue();
        assertThat(buckets.take("dept-stats").allowed()).isFalse();
        assertThat(buckets.take("dept-eco").allowed())
                .as("not sharing dept-stats' bucket")
                .isTrue();
    }

    @Test
    void dropsOnlyTheBucketsThatHaveRefilled() {
        buckets.take("quiet");
        buckets.take("busy");
        buckets.take("busy");

        clock.advance(Duration.ofSeconds(1));

        assertThat(buckets.dropFull()).isEqualTo(1);
        assertThat(buckets.size()).isEqualTo(1);
        assertThat(buckets.take("busy").allowed())
                .as("its state survived the sweep")
                .isTrue();
        assertThat(buckets.take("busy").allowed()).isFalse();
    }

    @Test
    void shrinksBackAfterManyClientsGoQuiet() {
        for (int client = 0; client < 10_000; client++) {
            buckets.take("client-" + client);
        }
        assertThat(buckets.size()).isEqualTo(10_000);

        clock.advance(Duration.ofSeconds(2));

        assertThat(buckets.dropFull()).isEqualTo(10_000);
        assertThat(buckets.size()).isZero();
    }

    @Test
    void refusesAMisconfiguredClientAtStartup() {
        assertThatThrownBy(() -> new ClientBuckets(
                        Limits.of(new Limits.Limit(1, 2), Map.of("dept-eco", new Limits.Limit(1, 0))), clock))
                .hasMessageContaining("dept-eco");
    }
}
