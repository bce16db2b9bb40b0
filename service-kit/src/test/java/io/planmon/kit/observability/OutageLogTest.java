package io.planmon.kit.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** One WARN per outage, one INFO when it ends, a counter for every failed round. */
class OutageLogTest {
    private final List<String> lines = new ArrayList<>();
    private final Counter failures = new SimpleMeterRegistry().counter("planmon.job.failures", "job", "relay");
    private Instant now = Instant.parse("2026-12-07T04:00:00Z");
    private final OutageLog outage = new OutageLog(new Recording(), "outbox relay", failures, new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    });

    @Test
    void warnsOnceWhenRoundsStartFailingAndTellsWhenOneWorksAgain() {
        RuntimeException down = new RuntimeException(new SQLException("Connection to localhost:5433 refused", "08001"));
        for (int round = 0; round < 20; round++) {
            outage.failed(down);
            now = now.plus(Duration.ofSeconds(1));
        }
        outage.worked();
        outage.worked();

        assertThat(lines.stream().filter(l -> !l.startsWith("DEBUG")))
                .containsExactly(
                        "WARN outbox relay failed (SQLException: Connection to localhost:5433 refused); it keeps trying"
                                + " and says so once it works again",
                        "INFO outbox relay works again after 20 s; 20 round(s) failed meanwhile");
        assertThat(failures.count()).isEqualTo(20);
        assertThat(outage.failing()).isFalse();
    }

    @Test
    void aSecondOutageIsWarnedAgain() {
        outage.failed(new IllegalStateException("first"));
        outage.worked();
        outage.failed(new IllegalStateException("second"));

        assertThat(lines.stream().filter(l -> l.startsWith("WARN"))).hasSize(2);
        assertThat(outage.failing()).isTrue();
    }

    @Test
    void saysNothingWhileAllIsWell() {
        outage.worked();
        assertThat(lines).isEmpty();
        assertThat(failures.count()).isZero();
    }

    /** A logger that keeps "LEVEL message" lines. */
    private final class Recording extends Logger {
        Recording() {
            super("test");
        }

        @Override
        public boolean isEnabled(Level level) {
            return true;
        }

        @Override
        protected void doLog(Level level, String fqcn, Object message, Object[] parameters, Throwable thrown) {
            lines.add(level + " " + message);
        }

        @Override
        protected void doLogf(Level level, String fqcn, String format, Object[] parameters, Throwable thrown) {
            lines.add(level + " " + String.format(format, parameters));
        }
    }
}
