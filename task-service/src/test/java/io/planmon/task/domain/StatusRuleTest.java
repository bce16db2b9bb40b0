package io.planmon.task.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status rule at each of its edges; the day is a parameter, so no clock is needed. */
class StatusRuleTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2030, 12, 31); // 1825 days after START
    private static final LocalDate ONE_YEAR_IN = LocalDate.of(2027, 1, 1); // 365 days: exactly 20 % elapsed

    private static StatusRule.Result at(LocalDate today, int percent, StatusRule.MilestoneState... milestones) {
        return StatusRule.evaluate(new StatusRule.Input(START, DUE, percent, List.of(milestones)), today);
    }

    @Test
    void beforeTheStartWithNothingDoneIsNotStarted() {
        StatusRule.Result result = StatusRule.evaluate(
                new StatusRule.Input(LocalDate.of(2027, 1, 1), DUE, 0, List.of()), LocalDate.of(2026, 12, 31));
        assertThat(result.status()).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(result.reason()).isEqualTo("starts 2027-01-01");
    }

    @Test
    void anEarlyStartCountsAsInProgress() {
        StatusRule.Result result = StatusRule.evaluate(
                new StatusRule.Input(LocalDate.of(2027, 1, 1), DUE, 5, List.of()), LocalDate.of(2026, 12, 31));
        assertThat(result.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void onTheStartDayNothingHasElapsedYet() {
        assertThat(at(START, 0).status()).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(at(START, 0).reason()).isEqualTo("no progress reported yet");
    }

    @Test
    void exactlyFifteenPointsBelowTheElapsedShareIsNotBehind() {
        assertThat(at(ONE_YEAR_IN, 5).status()).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void moreThanFifteenPointsBelowIsBehind() {
        StatusRule.Result result = at(ONE_YEAR_IN, 4);
        assertThat(result.status()).isEqualTo(TaskStatus.BEHIND);
        assertThat(result.reason()).isEqualTo("4% reported, more than 15 points below the 20.0% of time elapsed");
    }

    @Test
    void aDayMoreOfElapsedTimeTipsTheBalance() {
        // 5 % at 20 % elapsed is on the edge; one day later the share is 20.05 % and 5 % is behind.
        assertThat(at(ONE_YEAR_IN.plusDays(1), 5).status()).isEqualTo(TaskStatus.BEHIND);
    }

    @Test
    void zeroPercentEarlyInTheTaskIsNotStartedAndLaterBehind() {
        // 15 % of 1825 days is 273.75 days: day 273 is within the margin, day 274 is not.
        assertThat(at(START.plusDays(273), 0).status()).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(at(START.plusDays(274), 0).status()).isEqualTo(TaskStatus.BEHIND);
    }

    @Test
    void aMilestoneIsLateOnlyTheDayAfterItsDueDate() {
        StatusRule.MilestoneState open = new StatusRule.MilestoneState("工可批复", LocalDate.of(2026, 6, 30), false);
        assertThat(at(LocalDate.of(2026, 6, 30), 50, open).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        StatusRule.Result late = at(LocalDate.of(2026, 7, 1), 50, open);
        assertThat(late.status()).isEqualTo(TaskStatus.BEHIND);
        assertThat(late.reason()).isEqualTo("milestone '工可批复' was due 2026-06-30 and is not reached");
    }

    @Test
    void aReachedMilestoneIsNeverLate() {
        StatusRule.MilestoneState reached = new StatusRule.MilestoneState("工可批复", LocalDate.of(2026, 6, 30), true);
        assertThat(at(LocalDate.of(2026, 7, 1), 50, reached).status()).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void theDueDateIsTheLastDayAndTheNextDayIsOverdue() {
        assertThat(at(DUE, 99).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        StatusRule.Result overdue = at(DUE.plusDays(1), 99);
        assertThat(overdue.status()).isEqualTo(TaskStatus.OVERDUE);
        assertThat(overdue.reason()).isEqualTo("due 2030-12-31, 1 day(s) ago, at 99%");
    }

    @Test
    void overdueWinsOverALateMilestone() {
        StatusRule.MilestoneState open = new StatusRule.MilestoneState("m", LocalDate.of(2028, 1, 1), false);
        assertThat(at(DUE.plusDays(1), 50, open).status()).isEqualTo(TaskStatus.OVERDUE);
    }

    @Test
    void completeIsCompleteEvenLateAndWithOpenMilestones() {
        StatusRule.MilestoneState open = new StatusRule.MilestoneState("m", LocalDate.of(2028, 1, 1), false);
        assertThat(at(DUE.plusDays(10), 100, open).status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(at(DUE.plusDays(10), 99).status()).isEqualTo(TaskStatus.OVERDUE);
    }

    @Test
    void aOneDayTaskIsBehindOnItsDayUnlessNearlyDone() {
        LocalDate day = LocalDate.of(2027, 3, 1);
        StatusRule.Input almost = new StatusRule.Input(day, day, 85, List.of());
        StatusRule.Input little = new StatusRule.Input(day, day, 84, List.of());
        assertThat(StatusRule.evaluate(almost, day).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(StatusRule.evaluate(little, day).status()).isEqualTo(TaskStatus.BEHIND);
    }
}
