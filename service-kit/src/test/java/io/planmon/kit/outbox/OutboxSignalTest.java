package io.planmon.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The relay's bell: rings during a round are never lost, and any number of them make one more round, not many. */
class OutboxSignalTest {
    private final OutboxSignal signal = new OutboxSignal(null);

    @Test
    void aRingWhileNoOneWaitsIsKeptForTheNextWait() throws InterruptedException {
        signal.wake();

        assertThat(signal.await(0)).isTrue();
    }

    @Test
    void manyRingsDuringARoundMakeExactlyOneMoreRound() throws InterruptedException {
        signal.wake();
        assertThat(signal.await(0)).isTrue(); // a round starts
        for (int i = 0; i < 1_000; i++) {
            signal.wake(); // commits during the round
        }

        assertThat(signal.await(0)).isTrue();
        assertThat(signal.await(50)).isFalse();
    }

    @Test
    void aRingFromAnotherThreadEndsTheWait() throws InterruptedException {
        Thread ringer = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            signal.wake();
        });
        ringer.start();

        assertThat(signal.await(60_000)).isTrue();
        ringer.join();
    }
}
