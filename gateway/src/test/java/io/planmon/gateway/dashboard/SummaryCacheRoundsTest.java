package io.planmon.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.planmon.gateway.support.DashboardSettings;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary cache's rounds without a gateway around it: who asks the services, who waits, who is answered at once. */
class SummaryCacheRoundsTest {
    private static final CallerHeaders CALLER = new CallerHeaders("Bearer t", "r");

    private final List<Promise<ComposedSummary>> rounds = new ArrayList<>();
    // Every read after a round is due for revalidation, so that each test decides when rounds end.
    private final SummaryCache cache = new SummaryCache(
            new PendingRounds(),
            metrics(),
            null,
            DashboardSettings.of(Duration.ZERO, "synthetic-test-secret-of-32-characters"));

    @Test
    void oneReadAsksTheServicesAndTheOthersWaitWhileNothingIsHeld() {
        Future<ComposedSummary> first = cache.get("monitor|", CALLER);
        Future<ComposedSummary> second = cache.get("monitor|", CALLER);

        assertThat(rounds).hasSize(1);
        assertThat(second.isComplete()).isFalse();
        rounds.get(0).complete(summary("\"s1\""));
        assertThat(second.result()).isSameAs(first.result());
    }

    @Test
    void answersTheHeldSummaryWhileARoundRevalidatesIt() {
        cache.get("monitor|", CALLER);
        ComposedSummary held = summary("\"s1\"");
        rounds.get(0).complete(held);

        Future<ComposedSummary> leader = cache.get("monitor|", CALLER);
        Future<ComposedSummary> meanwhile = cache.get("monitor|", CALLER);

        assertThat(rounds).as("one revalidation").hasSize(2);
        assertThat(leader.isComplete())
                .as("the leading read waits for the services")
                .isFalse();
        assertThat(meanwhile.result()).isSameAs(held);
    }

    @Test
    void waitsForTheRoundAfterAWriteSoThatTheWriterSeesIt() {
        cache.get("monitor|", CALLER);
        rounds.get(0).complete(summary("\"s1\""));
        cache.invalidate();

        cache.get("monitor|", CALLER);
        Future<ComposedSummary> afterWrite = cache.get("monitor|", CALLER);
        assertThat(afterWrite.isComplete()).isFalse();
        ComposedSummary current = summary("\"s2\"");
        rounds.get(1).complete(current);

        assertThat(afterWrite.result()).isSameAs(current);
    }

    private static ComposedSummary summary(String etag) {
        return new ComposedSummary(Buffer.buffer("{}"), etag, Map.of());
    }

    private static DashboardMetrics metrics() {
        return new DashboardMetrics(new SimpleMeterRegistry());
    }

    /** Rounds that the test completes by hand. */
    private final class PendingRounds extends DashboardSummary {
        PendingRounds() {
            super(null, null, null);
        }

        @Override
        public Future<ComposedSummary> compose(CallerHeaders caller, String scope, ComposedSummary previous) {
            Promise<ComposedSummary> round = Promise.promise();
            rounds.add(round);
            return round.future();
        }
    }
}
