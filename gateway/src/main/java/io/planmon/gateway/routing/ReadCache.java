package io.planmon.gateway.routing;

import io.planmon.gateway.config.ProxyCacheConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The last {@code 200} answer of each cached read (path and query, per caller scope), with the contract of the
 * dashboard's {@code SummaryCache}: a read within {@code revalidate-after} of the answer's last validation gets it as
 * it is; a later read asks the service once, conditionally (single flight). Reads arriving meanwhile get the answer
 * being revalidated, unless a write through the gateway has made it stale since: then they wait for the round. What
 * is held, within which bounds and for how long, is {@link HeldReads}.
 */
@ApplicationScoped
public class ReadCache {

    /** What one read is to do. */
    sealed interface Turn permits Fresh, Joined, Leader, Passed {}

    /** Answer this, without asking the service. */
    record Fresh(CachedRead read) implements Turn {}

    /** Wait for another read's round: its answer, or null when there is none to share and the read asks itself. */
    record Joined(Future<CachedRead> round) implements Turn {}

    /** Ask the service, for every read of the key. */
    record Leader(ReadRound round) implements Turn {}

    /** Ask the service, as if the read were not cached: the cache is full. */
    record Passed() implements Turn {}

    private static final Passed PASSED = new Passed();

    // Bumped by every write; an answer validated under an older generation is validated again before it is given.
    private final AtomicLong generation = new AtomicLong();
    private final HeldReads held;
    private final ReadCacheMetrics metrics;
    private final Vertx vertx;
    private final long revalidateAfterNanos;

    ReadCache(ReadCacheMetrics metrics, Vertx vertx, ProxyCacheConfig config) {
        this.held = new HeldReads(metrics, config);
        this.metrics = metrics;
        this.vertx = vertx;
        this.revalidateAfterNanos = config.revalidateAfter().toNanos();
    }

    Turn begin(String key) {
        long now = System.nanoTime();
        long current = generation.get();
        Entry entry = held.entry(key);
        if (entry == null) {
            return PASSED;
        }
        synchronized (entry) {
            if (entry.forgotten) {
                return PASSED;
            }
            entry.lastRead = now;
            if (entry.read != null && entry.generation == current && now - entry.validatedAt < revalidateAfterNanos) {
                metrics.countAnswer("cache");
                return new Fresh(entry.read);
            }
            // A round begun before the latest write may answer with what the service had before it: not joined.
            if (entry.round != null && entry.round.generation == current) {
                // It revalidates an answer no write has made stale: the others take that answer instead of waiting.
                if (entry.read != null && entry.generation == current) {
                    metrics.countAnswer("stale");
                    return new Fresh(entry.read);
                }
                metrics.countAnswer("joined");
                return new Joined(entry.round.future());
            }
            entry.round = new ReadRound(this, entry, current, now, entry.read);
            metrics.countAnswer("upstream");
            return new Leader(entry.round);
        }
    }

    /** After a write: the next read of every key asks its service again (conditionally, so still cheaply). */
    public void invalidate() {
        generation.incrementAndGet();
    }

    /** Keeps a round's answer (null: none to keep), unless a round begun after a later write has already kept one. */
    void finish(ReadRound round, CachedRead answer) {
        Entry entry = round.entry;
        metrics.countRound(answer == null ? "not-kept" : answer == round.previous ? "not-modified" : "replaced");
        synchronized (entry) {
            if (entry.round == round) {
                entry.round = null;
            }
            if (entry.forgotten || round.generation < entry.generation) {
                return;
            }
            held.hold(entry, answer);
            // Its age counts from the round's start: it holds what the service had at that moment or later.
            entry.validatedAt = round.startedAt;
            entry.generation = round.generation;
        }
    }

    void startSweeping(@Observes StartupEvent started) {
        held.startSweeping(vertx);
    }

    void stopSweeping(@Observes ShutdownEvent stopping) {
        held.stopSweeping();
    }

    /** One key's state; guarded by its own monitor, held only for a few field reads and writes. */
    static final class Entry {
        CachedRead read;
        long validatedAt;
        long generation;
        long lastRead;
        ReadRound round;
        boolean forgotten;
    }
}
