package io.planmon.task.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.devstack.test.ClosedDatabase;
import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * While the database is down the outbox relay fails on every poll (once a second): that is one WARN when it starts and
 * one INFO when it is back, with the failed rounds counted, and no ERROR from anyone meanwhile.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
class OutageLoggingTest {
    private static final String RELAY = "io.planmon.kit.outbox.OutboxRelay";

    @Inject
    MeterRegistry registry;

    @Test
    void theRelayLogsAnOutageOnceAndItsEndOnce() throws Exception {
        Recorder recorder = new Recorder();
        Logger root = Logger.getLogger("");
        root.addHandler(recorder);
        try {
            double before = failedRounds();
            try (ClosedDatabase outage = ClosedDatabase.start()) {
                await("five failed relay rounds")
                        .atMost(Duration.ofSeconds(60))
                        .until(() -> failedRounds() >= before + 5);
            }
            await("the relay's all-clear")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> recorder.from(RELAY, Level.INFO).stream()
                            .anyMatch(r -> r.getMessage().contains("works again")));
        } finally {
            root.removeHandler(recorder);
        }

        assertThat(recorder.from(RELAY, Level.WARNING)).as("relay warnings").hasSize(1);
        assertThat(recorder.records)
                .as("errors during the outage")
                .noneMatch(r -> r.getLevel().intValue() >= Level.SEVERE.intValue());
    }

    private double failedRounds() {
        Counter counter =
                registry.find("planmon.job.failures").tag("job", "outbox relay").counter();
        return counter == null ? 0 : counter.count();
    }

    /** Keeps every record at INFO or above. */
    private static final class Recorder extends Handler {
        final List<LogRecord> records = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                records.add(record);
            }
        }

        List<LogRecord> from(String logger, Level level) {
            return records.stream()
                    .filter(r ->
                            logger.equals(r.getLoggerName()) && r.getLevel().intValue() == level.intValue())
                    .toList();
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
