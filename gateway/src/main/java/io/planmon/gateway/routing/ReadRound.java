package io.planmon.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One request to the service on behalf of every read of a key that waits for it: conditional on the answer held (if
 * any), it ends exactly once, in that answer confirmed, a new answer, or none to share.
 */
final class ReadRound {
    final ReadCache.Entry entry;
    final long generation;
    final long startedAt;
    /** The answer held when the round began, whose ETag the service is asked about; null for none. */
    final CachedRead previous;

    private final ReadCache cache;
    private final Promise<CachedRead> done = Promise.promise();
    private final AtomicBoolean ended = new AtomicBoolean();

    ReadRound(ReadCache cache, ReadCache.Entry entry, long generation, long startedAt, CachedRead previous) {
        this.cache = cache;
        this.entry = entry;
        this.generation = generation;
        this.startedAt = startedAt;
        this.previous = previous;
    }

    /** The {@code If-None-Match} to send the service, or null to ask for the whole answer. */
    String etag() {
        return previous == null ? null : previous.etag();
    }

    /** Completes with the round's answer, or null when the waiting reads are to ask the service themselves. */
    Future<CachedRead> future() {
        return done.future();
    }

    /** The service answered {@code 304}: the answer held is still current. */
    CachedRead notModified() {
        end(previous);
        return previous;
    }

    /** The service answered anew. */
    CachedRead replaced(CachedRead answer) {
        end(answer);
        return answer;
    }

    /** The service's answer is not for sharing (an error, no ETag, too large, a stream…), or none came. */
    void notKept() {
        end(null);
    }

    private void end(CachedRead answer) {
        if (ended.compareAndSet(false, true)) {
            cache.finish(this, answer);
            done.complete(answer);
        }
    }
}
