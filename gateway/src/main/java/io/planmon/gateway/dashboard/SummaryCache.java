package io.planmon.gateway.dashboard;

import io.planmon.gateway.PeriodicSweep;
import io.planmon.gateway.config.DashboardConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The last composed summary of each scope. A read within {@code revalidate-after} of the round that composed it gets it
 * as it is; a later read starts one round of conditional requests to the services (single flight). Reads arriving
 * meanwhile get the summary the round revalidates, unless a write through the gateway has made it stale since: then
 * they wait for the round, so that a caller sees its own write.
 */
@ApplicationScoped
public class SummaryCache {

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    // Bumped by every write; a summary composed under an older generation is revalidated before it is answered again.
    private final AtomicLong generation = new AtomicLong();
    private final DashboardSummary summary;
    private final DashboardMetrics metrics;
    private final Vertx vertx;
    private final long revalidateAfterNanos;
    private final long forgetAfterNanos;
    private final PeriodicSweep sweeper = new PeriodicSweep();

    SummaryCache(DashboardSummary summary, DashboardMetrics metrics, Vertx vertx, DashboardConfig config) {
        this.summary = summary;
        this.metrics = metrics;
        this.vertx = vertx;
        this.revalidateAfterNanos = config.revalidateAfter().toNanos();
        this.forgetAfterNanos = config.forgetAfter().toNanos();
    }

    /** The scope's summary, fresh enough; never fails because of a service. */
    public Future<ComposedSummary> get(String scope, CallerHeaders caller) {
        long now = System.nanoTime();
        long current = generation.get();
        Entry entry = entries.computeIfAbsent(scope, key -> new Entry());
        Promise<ComposedSummary> round;
        ComposedSummary previous;
        synchronized (entry) {
            entry.lastRead = now;
            if (entry.composed != null && entry.generation == current && now - entry.startedAt < revalidateAfterNanos) {
                metrics.countAnswer("cache");
                return Future.succeededFuture(entry.composed);
            }
            if (entry.round != null) {
                // While a round revalidates a summary no write has made stale, the others need not wait for it.
                if (entry.composed != null && entry.generation == current) {
                    metrics.countAnswer("stale");
                    return Future.succeededFuture(entry.composed);
                }
                metrics.countAnswer("joined");
                return entry.round;
            }
            round = Promise.promise();
            entry.round = round.future();
            previous = entry.composed;
        }
        metrics.countAnswer("services");
        summary.compose(caller, scope, previous).onComplete(done -> {
            synchronized (entry) {
                entry.round = null;
                if (done.succeeded()) {
                    entry.composed = done.result();
                    // Its age counts from the round's start: the answer holds what the services had at that moment or
                    // later.
                    entry.startedAt = now;
                    entry.generation = current;
                }
            }
            round.handle(done);
        });
        return round.future();
    }

    /** After a write: the next read of every scope asks the services again (conditionally, so still cheaply). */
    public void invalidate() {
        generation.incrementAndGet();
    }

    void startSweeping(@Observes StartupEvent started) {
        sweeper.forgetting(vertx, entries.values(), forgetAfterNanos, (entry, now) -> {
            synchronized (entry) {
                return entry.round == null && now - entry.lastRead > forgetAfterNanos;
            }
        });
    }

    void stopSweeping(@Observes ShutdownEvent stopping) {
        sweeper.stop();
    }

    /** One scope's state; guarded by its own monitor, held only for a few field reads and writes. */
    private static final class Entry {
        ComposedSummary composed;
        long startedAt;
        long generation;
        long lastRead;
        Future<ComposedSummary> round;
    }
}
