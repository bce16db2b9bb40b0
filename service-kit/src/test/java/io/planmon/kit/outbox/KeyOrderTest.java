package io.planmon.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which rows of a sent batch the relay may mark published when some were not acknowledged. */
class KeyOrderTest {
    private static final List<PendingEvent> BATCH =
            List.of(event(1, "A"), event(2, "B"), event(3, "A"), event(4, "A"), event(5, "B"), event(6, "C"));

    @Test
    void everyRowIsPublishableWhenEveryRowWasAcknowledged() {
        assertThat(KeyOrder.publishable(BATCH, Set.of())).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void aFailedRowHoldsBackTheLaterRowsOfItsKeyEvenWhenTheyWereAcknowledged() {
        assertThat(KeyOrder.publishable(BATCH, Set.of(3L))).containsExactly(1L, 2L, 5L, 6L);
    }

    @Test
    void otherKeysAreNotHeldBack() {
        assertThat(KeyOrder.publishable(BATCH, Set.of(2L, 6L))).containsExactly(1L, 3L, 4L);
    }

    @Test
    void aFailureOfTheFirstRowOfAKeyHoldsTheWholeKey() {
        assertThat(KeyOrder.publishable(BATCH, Set.of(1L, 5L))).containsExactly(2L, 6L);
    }

    private static PendingEvent event(long id, String key) {
        return new PendingEvent(id, "topic", key, "payload " + id);
    }
}
