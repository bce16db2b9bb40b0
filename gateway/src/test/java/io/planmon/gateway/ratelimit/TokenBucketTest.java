package io.planmon.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The bucket's arithmetic: burst, refill, and the numbers behind Retry-After and the RateLimit headers. */
class TokenBucketTest {
    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    // Two tokens a second, four at most.
    private final Rate rate = Rate.of("test", new Limits.Limit(2, 4));
    private final TokenBucket bucket = new TokenBucket(rate, 0);

    @Test
    void handsOutTheBurstAtOnceThenRefuses() {
        for (int remaining = 3; remaining >= 0; remaining--) {
            Decision decision = bucket.take(0);
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.limit()).isEqualTo(4);
            assertThat(decision.remaining()).isEqualTo(remaining);
        }
        Decision refused = bucket.take(0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterNanos()).isEqualTo(SECOND / 2);
        assertThat(refused.retryAfterSeconds()).as("rounded up").isEqualTo(1);
        assertThat(refused.resetSeconds()).as("four tokens at two a second").isEqualTo(2);
    }

    @Test
    void refillsAtTheRateAndARefusalCostsNothing() {
        drain();
        assertThat(bucket.take(SECOND / 4).allowed()).isFalse();
        assertThat(bucket.take(SECOND / 4).allowed()).isFalse();
        Decision refilled = bucket.take(SECOND / 2);
        assertThat(refilled.allowed()).isTrue();
        assertThat(refilled.remaining()).isZero();
        assertThat(bucket.take(SECOND / 2).allowed()).isFalse();
    }

    @Test
    void neverHoldsMoreThanItsBurst() {
        drain();
        assertThat(bucket.isFull(SECOND)).isFalse();
        assertThat(bucket.isFull(2 * SECOND)).isTrue();
        assertThat(bucket.take(3_600 * SECOND).remaining()).isEqualTo(3);
    }

    @Test
    void takesFractionalRates() {
        TokenBucket slow = new TokenBucket(Rate.of("slow", new Limits.Limit(0.1, 1)), 0);
        assertThat(slow.take(0).allowed()).isTrue();
        Decision refused = slow.take(SECOND);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(9);
        assertThat(slow.take(10 * SECOND).allowed()).isTrue();
    }

    @Test
    void refusesLimitsThatCannotWork() {
        assertThatThrownBy(() -> Rate.of("zero", new Limits.Limit(0, 5))).hasMessageContaining("zero");
        assertThatThrownBy(() -> Rate.of("no burst", new Limits.Limit(5, 0))).hasMessageContaining("no burst");
        assertThatThrownBy(() -> Rate.of("endless", new Limits.Limit(1e-9, Integer.MAX_VALUE)))
                .hasMessageContaining("endless");
    }

    private void drain() {
        for (int i = 0; i < 4; i++) {
            assertThat(bucket.take(0).allowed()).isTrue();
        }
    }
}
