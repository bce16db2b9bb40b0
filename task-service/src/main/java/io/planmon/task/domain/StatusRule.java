package io.planmon.task.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The status of a task on a given day, as pure logic. First rule that holds wins: COMPLETED (100 %), OVERDUE (past the
 * due date, which is the last day), BEHIND (a milestone past its due date and not reached, or the percent more than
 * {@value #BEHIND_MARGIN} points below the share of time elapsed), NOT_STARTED (0 %), IN_PROGRESS.
 */
public final class StatusRule {
    /** Points of percent a task may trail the share of elapsed time before it counts as behind. */
    public static final int BEHIND_MARGIN = 15;

    private StatusRule() {}

    /** What the rule looks at. */
    public record Input(LocalDate start, LocalDate due, int percent, List<MilestoneState> milestones) {}

    /** A milestone as the rule sees it. */
    public record MilestoneState(String title, LocalDate due, boolean reached) {}

    /** The status and one sentence that says why, with the numbers. */
    public record Result(TaskStatus status, String reason) {}

    public static Result evaluate(Input task, LocalDate today) {
        if (task.percent() >= 100) {
            return new Result(TaskStatus.COMPLETED, "100% reported");
        }
        if (today.isAfter(task.due())) {
            long late = ChronoUnit.DAYS.between(task.due(), today);
            return new Result(
                    TaskStatus.OVERDUE, "due " + task.due() + ", " + late + " day(s) ago, at " + task.percent() + "%");
        }
        Optional<MilestoneState> missed = task.milestones().stream()
                .filter(m -> !m.reached() && today.isAfter(m.due()))
                .min(Comparator.comparing(MilestoneState::due));
        if (missed.isPresent()) {
            return new Result(
                    TaskStatus.BEHIND,
                    "milestone '" + missed.get().title() + "' was due "
                            + missed.get().due() + " and is not reached");
        }
        if (!today.isBefore(task.start())) {
            long total = ChronoUnit.DAYS.between(task.start(), task.due());
            long elapsed = ChronoUnit.DAYS.between(task.start(), today);
            // percent < share - margin, with share = 100 * elapsed / total, kept in integers to avoid rounding.
            boolean behind = total == 0
                    ? task.percent() < 100 - BEHIND_MARGIN
                    : 100 * elapsed - (long) task.percent() * total > (long) BEHIND_MARGIN * total;
            if (behind) {
                double share = total == 0 ? 100.0 : 100.0 * elapsed / total;
                return new Result(
                        TaskStatus.BEHIND,
                        String.format(
                                java.util.Locale.ROOT,
                                "%d%% reported, more than %d points below the %.1f%% of time elapsed",
                                task.percent(),
                                BEHIND_MARGIN,
                                share));
            }
        }
        if (task.percent() == 0) {
            return new Result(
                    TaskStatus.NOT_STARTED,
                    today.isBefore(task.start()) ? "starts " + task.start() : "no progress reported yet");
        }
        return new Result(TaskStatus.IN_PROGRESS, task.percent() + "% reported, on schedule");
    }
}
