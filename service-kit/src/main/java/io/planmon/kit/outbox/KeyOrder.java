package io.planmon.kit.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which rows of a sent batch may be marked published: every acknowledged row, except that a row which failed (or was
 * not sent) holds back every later row of its key, acknowledged or not. Those go again, in order, in the next round,
 * after the one that failed; the consumers' inbox drops the copies already on Kafka.
 */
final class KeyOrder {
    private KeyOrder() {}

    /** @param batch in id order; @param unsuccessful ids of rows that were not acknowledged */
    static List<Long> publishable(List<PendingEvent> batch, Set<Long> unsuccessful) {
        Set<String> heldBack = new HashSet<>();
        List<Long> publishable = new ArrayList<>(batch.size());
        for (PendingEvent event : batch) {
            if (heldBack.contains(event.key())) {
                continue;
            }
            if (unsuccessful.contains(event.id())) {
                heldBack.add(event.key());
            } else {
                publishable.add(event.id());
            }
        }
        return publishable;
    }
}
