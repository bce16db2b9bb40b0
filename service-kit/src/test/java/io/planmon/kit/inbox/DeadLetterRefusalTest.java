package io.planmon.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** Which failed parks are tried again (the broker away) and which fail at once (no retry can change them). */
class DeadLetterRefusalTest {

    @Test
    void aRecordTheBrokerCannotEverTakeFailsAtOnce() {
        assertThat(DeadLetters.refusedForGood(new ExecutionException(new RecordTooLargeException("2 MB"))))
                .isTrue();
    }

    @Test
    void aBrokerThatIsAwayOrMovingIsWaitedFor() {
        assertThat(DeadLetters.refusedForGood(new ExecutionException(new TimeoutException("no broker"))))
                .isFalse();
        assertThat(DeadLetters.refusedForGood(new TimeoutException("metadata not fetched in time")))
                .isFalse();
        assertThat(DeadLetters.refusedForGood(new ExecutionException(new NotLeaderOrFollowerException("moving"))))
                .isFalse();
        assertThat(DeadLetters.refusedForGood(new java.util.concurrent.TimeoutException()))
                .isFalse();
        assertThat(DeadLetters.refusedForGood(new IllegalStateException("producer closed")))
                .isFalse();
    }
}
