package io.planmon.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SupervisorTest {

    private final List<String> said = new ArrayList<>();
    private Instant now = Instant.parse("2026-12-06T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aDeadServerIsReportedAtOnceAndStartedAgainAfterItsPause() {
        AtomicBoolean alive = new AtomicBoolean(true);
        AtomicInteger restarts = new AtomicInteger();
        Supervisor supervisor = supervising("kafka", alive, () -> {
            restarts.incrementAndGet();
            alive.set(true);
        });

        supervisor.check();
        assertThat(said).isEmpty();

        alive.set(false);
        supervisor.check();
        assertThat(said).singleElement().asString().contains("kafka died", "again in 1 s", "death 1 in a row");
        assertThat(restarts).hasValue(0);

        advance(Duration.ofSeconds(1));
        supervisor.check();
        assertThat(restarts).hasValue(1);
        assertThat(alive).isTrue();
    }

    @Test
    void theSecondDeathSoonAfterARestartWaitsTwiceAsLongAndALaterOneStartsOver() {
        AtomicBoolean alive = new AtomicBoolean(false);
        AtomicInteger restarts = new AtomicInteger();
        Supervisor supervisor = supervising("gateway", alive, () -> {
            restarts.incrementAndGet();
            alive.set(true);
        });

        supervisor.check();
        advance(Duration.ofSeconds(1));
        supervisor.check();
        alive.set(false);
        advance(Duration.ofSeconds(10));
        supervisor.check();
        assertThat(said.get(1)).contains("again in 2 s", "death 2 in a row");
        advance(Duration.ofSeconds(1));
        supervisor.check();
        assertThat(restarts).hasValue(1);
        advance(Duration.ofSeconds(1));
        supervisor.check();
        assertThat(restarts).hasValue(2);

        alive.set(false);
        advance(Supervisor.STABLE.plusSeconds(1));
        supervisor.check();
        assertThat(said.get(2)).contains("again in 1 s", "death 1 in a row");
    }

    @Test
    void aRestartThatFailsIsTriedAgainLaterAndPausesNeverExceedAMinute() {
        AtomicBoolean alive = new AtomicBoolean(false);
        Supervisor supervisor = supervising("keycloak", alive, () -> {
            throw new StackException("port 8180 is in use");
        });

        supervisor.check();
        advance(Duration.ofSeconds(1));
        supervisor.check();

        assertThat(said.get(1)).contains("keycloak did not start again (port 8180 is in use)", "next try in 2 s");
        assertThat(Supervisor.pause(30)).isEqualTo(Supervisor.LONGEST_PAUSE);
    }

    @Test
    void aServerThatCannotBeRestartedIsReportedOnceWithWhatToDo() {
        AtomicBoolean alive = new AtomicBoolean(false);
        Supervisor supervisor = new Supervisor(
                List.of(new Supervisor.Watched("postgres", alive::get, null)),
                java.nio.file.Path.of("logs"),
                said::add,
                clock);

        supervisor.check();
        supervisor.check();

        assertThat(said).singleElement().asString().contains("postgres died", "./planmon up again");
    }

    @Test
    void aServerStoppedOnPurposeIsLeftAlone() {
        AtomicBoolean alive = new AtomicBoolean(false);
        Supervisor supervisor = supervising("task-service", alive, () -> alive.set(true));

        supervisor.pause("task-service", true);
        supervisor.check();
        assertThat(said).isEmpty();

        supervisor.pause("task-service", false);
        supervisor.check();
        assertThat(said).hasSize(1);
    }

    private Supervisor supervising(String name, AtomicBoolean alive, Runnable restart) {
        return new Supervisor(
                List.of(new Supervisor.Watched(name, alive::get, restart)),
                java.nio.file.Path.of("logs"),
                said::add,
                clock);
    }

    private void advance(Duration duration) {
        now = now.plus(duration);
    }
}
