package io.planmon.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.indicator.domain.ProjectionState.Verdict;
import io.planmon.indicator.domain.evaluation.Outlook;
import io.planmon.indicator.domain.evaluation.Projection;
import io.planmon.indicator.domain.evaluation.Status;
import io.planmon.indicator.domain.evaluation.Trend;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The once-only rule of the early warning and of its recovery, on synthetic outlooks. */
class ProjectionStateTest {
    private static final Instant NOW = Instant.parse("2027-04-01T08:00:00Z");

    /** Misses the target while ON_TRACK: the early warning. */
    private static final Outlook MISSES_ON_TRACK = projection(false, Status.ON_TRACK);
    /** Misses the target while AT_RISK: no early warning (the status alert speaks), and no recovery either. */
    private static final Outlook MISSES_AT_RISK = projection(false, Status.AT_RISK);

    private static final Outlook MEETS = projection(true, Status.ON_TRACK);
    private static final Outlook NO_PROJECTION = new Outlook.NoProjection("没有", "none");

    private static Projection projection(boolean reaches, Status current) {
        boolean warn = !reaches && current == Status.ON_TRACK;
        return new Projection(
                2035,
                new BigDecimal(reaches ? "267.80" : "237.00"),
                new BigDecimal("250"),
                reaches ? Status.ON_TRACK : Status.OFF_TRACK,
                new BigDecimal("8.00"),
                Trend.LINEAR,
                warn,
                "合成",
                "synthetic");
    }

    private static Optional<Verdict> observe(ProjectionState state, Outlook outlook) {
        return state.observe(outlook, NOW);
    }

    @Test
    void aWarningThenOneRecoveryThenANewWarningWhenItMissesAgain() {
        ProjectionState state = ProjectionState.initial("TEST_X");
        assertThat(observe(state, MISSES_ON_TRACK)).contains(Verdict.WARNING);
        assertThat(observe(state, MISSES_ON_TRACK)).as("still missing").isEmpty();
        assertThat(observe(state, MEETS)).contains(Verdict.RECOVERED);
        assertThat(state.announced).isEqualTo(Verdict.RECOVERED);
        assertThat(state.earlyWarning).isFalse();
        assertThat(observe(state, MEETS))
                .as("a later value that still meets it")
                .isEmpty();
        assertThat(observe(state, MISSES_ON_TRACK)).contains(Verdict.WARNING);
        assertThat(observe(state, MEETS)).contains(Verdict.RECOVERED);
    }

    @Test
    void aProjectionThatAlwaysMetTheTargetAnnouncesNothing() {
        ProjectionState state = ProjectionState.initial("TEST_X");
        assertThat(observe(state, MEETS)).isEmpty();
        assertThat(observe(state, NO_PROJECTION)).isEmpty();
        assertThat(state.announced).isNull();
        assertThat(state.updatedAt).as("nothing to store").isNull();
    }

    @Test
    void leavingOnTrackWhileStillMissingIsNoRecoveryButMeetingTheTargetLaterIs() {
        ProjectionState state = ProjectionState.initial("TEST_X");
        observe(state, MISSES_ON_TRACK);
        assertThat(observe(state, MISSES_AT_RISK)).isEmpty();
        assertThat(state.earlyWarning).isFalse();
        assertThat(state.announced).isEqualTo(Verdict.WARNING);
        assertThat(observe(state, MEETS)).contains(Verdict.RECOVERED);
    }

    @Test
    void backOnTrackStillMissingWarnsAgainAsBefore() {
        ProjectionState state = ProjectionState.initial("TEST_X");
        observe(state, MISSES_ON_TRACK);
        observe(state, MISSES_AT_RISK);
        assertThat(observe(state, MISSES_ON_TRACK)).contains(Verdict.WARNING);
    }

    @Test
    void withoutAProjectionNothingRecovers() {
        ProjectionState state = ProjectionState.initial("TEST_X");
        observe(state, MISSES_ON_TRACK);
        assertThat(observe(state, NO_PROJECTION))
                .as("no target year, too few values, target year reached")
                .isEmpty();
        assertThat(state.announced).isEqualTo(Verdict.WARNING);
        assertThat(observe(state, MEETS)).contains(Verdict.RECOVERED);
    }
}
