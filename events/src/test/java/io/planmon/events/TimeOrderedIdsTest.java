package io.planmon.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Event ids are RFC 9562 version 7: unique, stamped with their millisecond, sorting in time order as text. */
class TimeOrderedIdsTest {

    @Test
    void anIdIsVersionSevenWithTheRfcVariantAndItsMillisecondInFront() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }

    @Test
    void idsOfLaterMillisecondsSortAfterEarlierOnesAsText() throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(TimeOrderedIds.next().toString());
            Thread.sleep(2);
        }
        assertThat(ids).isSorted();
    }

    @Test
    void manyIdsInTheSameMillisecondsAreAllDifferent() {
        HashSet<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(TimeOrderedIds.next());
        }
        assertThat(ids).hasSize(100_000);
    }

    @Test
    void aNewEventCarriesATimeOrderedId() {
        long before = System.currentTimeMillis();
        EventType type = EventType.TASK_OVERDUE;
        UUID id = UUID.fromString(
                CloudEvent.of(type, "/test", "7", EventCodecTest.sample(type)).id());
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.getMostSignificantBits() >>> 16).isGreaterThanOrEqualTo(before);
    }
}
