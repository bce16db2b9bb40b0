package io.planmon.gateway.routing;

import io.planmon.gateway.PeriodicSweep;
import io.planmon.gateway.config.ProxyCacheConfig;
import io.vertx.core.Vertx;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the {@link ReadCache} holds and within which bounds: one entry per key up to {@code max-entries}, bodies up to
 * {@code max-bytes} in all, and entries nobody read for {@code forget-after} forgotten by a sweep, so that the memory
 * the cache takes stays bounded whatever the callers read. Which answer a read gets is the cache's, not this class's.
 */
final class HeldReads {

    private final ConcurrentMap<String, ReadCache.Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final long forgetAfterNanos;
    private final long maxBytes;
    private final int maxEntries;
    private final PeriodicSweep sweeper = new PeriodicSweep();

    HeldReads(ReadCacheMetrics metrics, ProxyCacheConfig config) {
        this.forgetAfterNanos = config.forgetAfter().toNanos();
        this.maxBytes = config.maxBytes().asLongValue();
        this.maxEntries = config.maxEntries();
        metrics.watch(entries::size, bytes::get);
    }

    /** The key's entry, made if there is room for one; null when the key has none and the cache is full. */
    ReadCache.Entry entry(String key) {
        ReadCache.Entry entry = entries.get(key);
        if (entry == null) {
            if (entries.size() >= maxEntries) {
                return null;
            }
            entry = entries.computeIfAbsent(key, k -> new ReadCache.Entry());
        }
        return entry;
    }

    /**
     * Makes {@code answer} the entry's read if the bytes held stay within bound, else leaves it none (the answer is
     * still given to the reads that asked); the caller holds the entry's monitor.
     */
    void hold(ReadCache.Entry entry, CachedRead answer) {
        long held = size(entry.read);
        CachedRead kept = answer != null && bytes.get() - held + size(answer) <= maxBytes ? answer : null;
        bytes.addAndGet(size(kept) - held);
        entry.read = kept;
    }

    private static long size(CachedRead read) {
        return read == null ? 0 : read.body().length();
    }

    /** Forgets, every {@code forget-after}, each entry nobody read for that long and no round is pending on. */
    void startSweeping(Vertx vertx) {
        sweeper.forgetting(vertx, entries.values(), forgetAfterNanos, (entry, now) -> {
            synchronized (entry) {
                if (entry.round != null || now - entry.lastRead <= forgetAfterNanos) {
                    return false;
                }
                entry.forgotten = true;
                bytes.addAndGet(-size(entry.read));
                entry.read = null;
                return true;
            }
        });
    }

    void stopSweeping() {
        sweeper.stop();
    }
}
