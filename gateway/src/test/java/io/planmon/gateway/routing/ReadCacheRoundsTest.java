package io.planmon.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.planmon.gateway.config.ProxyCacheConfig;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The read cache's rounds and bounds, without a gateway around it: who asks, who waits, what is kept. */
class ReadCacheRoundsTest {

    @Test
    void letsOneReadAskAndTheOthersWaitForItsAnswer() {
        ReadCache cache = cache(10, 1_000);
        ReadRound round = lead(cache, "a");
        ReadCache.Turn waiting = cache.begin("a");

        CachedRead answer = round.replaced(answer("\"a1\"", 10));

        assertThat(waiting).isInstanceOf(ReadCache.Joined.class);
        assertThat(((ReadCache.Joined) waiting).round().result()).isSameAs(answer);
        assertThat(cache.begin("a")).isEqualTo(new ReadCache.Fresh(answer));
    }

    @Test
    void givesTheHeldAnswerWhileARoundRevalidatesItUnlessAWriteMadeItStale() {
        ReadCache cache = cache(10, 1_000, Duration.ZERO);
        CachedRead held = lead(cache, "a").replaced(answer("\"a1\"", 10));
        ReadRound revalidation = lead(cache, "a");

        assertThat(cache.begin("a")).as("while revalidating").isEqualTo(new ReadCache.Fresh(held));

        cache.invalidate();
        ReadRound afterWrite = lead(cache, "a");
        ReadCache.Turn waiting = cache.begin("a");
        revalidation.notModified();
        CachedRead current = afterWrite.replaced(answer("\"a2\"", 10));

        assertThat(waiting).as("after a write").isInstanceOf(ReadCache.Joined.class);
        assertThat(((ReadCache.Joined) waiting).round().result()).isSameAs(current);
    }

    @Test
    void asksWithTheHeldETagAfterAWriteAndKeepsTheAnswerOnNotModified() {
        ReadCache cache = cache(10, 1_000);
        CachedRead held = lead(cache, "a").replaced(answer("\"a1\"", 10));
        cache.invalidate();

        ReadRound revalidation = lead(cache, "a");
        assertThat(revalidation.etag()).isEqualTo("\"a1\"");
        revalidation.notModified();

        assertThat(cache.begin("a")).isEqualTo(new ReadCache.Fresh(held));
    }

    @Test
    void neverJoinsNorKeepsARoundBegunBeforeTheLatestWrite() {
        ReadCache cache = cache(10, 1_000);
        ReadRound before = lead(cache, "a");
        cache.invalidate();
        ReadCache.Turn after = cache.begin("a");
        assertThat(after).isInstanceOf(ReadCache.Leader.class);

        CachedRead current = ((ReadCache.Leader) after).round().replaced(answer("\"a2\"", 10));
        before.replaced(answer("\"a1\"", 10));

        assertThat(cache.begin("a")).isEqualTo(new ReadCache.Fresh(current));
    }

    @Test
    void dropsTheHeldAnswerWhenTheServiceGivesNoneToKeep() {
        ReadCache cache = cache(10, 1_000);
        lead(cache, "a").replaced(answer("\"a1\"", 10));
        cache.invalidate();
        lead(cache, "a").notKept();

        assertThat(lead(cache, "a").etag()).isNull();
    }

    @Test
    void holdsNoMoreAnswersThanItsBoundAndPassesTheRestThrough() {
        ReadCache cache = cache(2, 1_000);
        lead(cache, "a");
        lead(cache, "b");

        assertThat(cache.begin("c")).isInstanceOf(ReadCache.Passed.class);
    }

    @Test
    void holdsNoMoreBytesThanItsBoundButStillSharesTheAnswerWithTheWaitingReads() {
        ReadCache cache = cache(10, 100);
        lead(cache, "a").replaced(answer("\"a1\"", 80));
        ReadRound large = lead(cache, "b");
        ReadCache.Turn waiting = cache.begin("b");

        CachedRead answer = large.replaced(answer("\"b1\"", 50));

        assertThat(((ReadCache.Joined) waiting).round().result()).isSameAs(answer);
        assertThat(cache.begin("a")).isInstanceOf(ReadCache.Fresh.class);
        assertThat(cache.begin("b")).as("not kept").isInstanceOf(ReadCache.Leader.class);
    }

    private static ReadRound lead(ReadCache cache, String key) {
        ReadCache.Turn turn = cache.begin(key);
        assertThat(turn).isInstanceOf(ReadCache.Leader.class);
        return ((ReadCache.Leader) turn).round();
    }

    private static CachedRead answer(String etag, int bytes) {
        return new CachedRead(etag, List.of(), Buffer.buffer(new byte[bytes]));
    }

    private static ReadCache cache(int maxEntries, long maxBytes) {
        return cache(maxEntries, maxBytes, Duration.ofHours(1));
    }

    private static ReadCache cache(int maxEntries, long maxBytes, Duration revalidateAfter) {
        ProxyCacheConfig config = new ProxyCacheConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public List<String> paths() {
                return List.of("/.*");
            }

            @Override
            public Duration revalidateAfter() {
                return revalidateAfter;
            }

            @Override
            public Duration forgetAfter() {
                return Duration.ofHours(1);
            }

            @Override
            public MemorySize maxBodySize() {
                return new MemorySize(BigInteger.valueOf(maxBytes));
            }

            @Override
            public MemorySize maxBytes() {
                return new MemorySize(BigInteger.valueOf(maxBytes));
            }

            @Override
            public int maxEntries() {
                return maxEntries;
            }
        };
        // No Vert.x: nothing here is forgotten, so nothing sweeps.
        return new ReadCache(new ReadCacheMetrics(new SimpleMeterRegistry()), null, config);
    }
}
