package io.planmon.devstack.bench;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When an expected alert change arrived on a channel (the stream, the webhook): the bench registers what it waits for
 * before it pushes, and the channel's reader completes it with the arrival time ({@link System#nanoTime()}).
 */
final class Arrivals {
    private final Map<String, CompletableFuture<Long>> expected = new ConcurrentHashMap<>();

    /** A future completed by the next arrival of {@code change} for {@code subject}. */
    CompletableFuture<Long> expect(String subject, String change) {
        CompletableFuture<Long> arrival = new CompletableFuture<>();
        expected.put(subject + "|" + change, arrival);
        return arrival;
    }

    /** Called by a reader for every alert change it sees; changes no one waits for are ignored. */
    void arrived(String subject, String change, long nanoTime) {
        CompletableFuture<Long> arrival = expected.remove(subject + "|" + change);
        if (arrival != null) {
            arrival.complete(nanoTime);
        }
    }
}
