package io.planmon.task.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.kit.security.Caller;
import io.planmon.task.domain.Milestone;
import io.planmon.task.domain.ProgressReport;
import io.planmon.task.domain.Task;
import io.planmon.task.domain.TaskRepository;
import io.planmon.web.problem.ProblemException;
import io.planmon.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Records a progress report: only the lead or a cooperating department (or the plan admin) may report; the percent
 * never goes down without a note; the report, the task's new percent and status, and the events commit together.
 */
@ApplicationScoped
public class ProgressService {
    private static final Logger LOG = Logger.getLogger(ProgressService.class);

    private final TaskRepository tasks;
    private final StatusUpdater status;
    private final Clock clock;
    private final MeterRegistry registry;

    public ProgressService(TaskRepository tasks, StatusUpdater status, Clock clock, MeterRegistry registry) {
        this.tasks = tasks;
        this.status = status;
        this.clock = clock;
        this.registry = registry;
    }

    @Transactional
    public ProgressReport report(long id, ProgressCommand command, Caller caller) {
        Task task = tasks.lock(id).orElseThrow(() -> ProblemException.notFound("no task " + id));
        String department = caller.department().orElse(null);
        if (!caller.hasRole(Roles.PLAN_ADMIN) && (department == null || !task.involves(department))) {
            throw ProblemException.forbidden("task " + task.code + " is led by " + task.leadDepartment
                    + (task.coDepartments.isEmpty() ? "" : " with " + String.join(", ", task.coDepartments))
                    + "; "
                    + (department == null ? "the token carries no department" : department + " is not one of them"));
        }
        if (command.percent() < task.percent && command.note() == null) {
            throw ProblemException.invalid(
                    "note",
                    "percent goes down from " + task.percent + " to " + command.percent() + ": say why in a note");
        }
        Milestone reached = command.milestone() == null ? null : milestone(task, command.milestone());
        ProgressReport report = new ProgressReport();
        report.taskId = task.id;
        report.previousPercent = task.percent;
        report.percent = command.percent();
        report.narrative = command.narrative();
        report.note = command.note();
        report.milestoneId = command.milestone();
        report.evidence = command.evidence();
        report.department = department;
        report.reportedBy = caller.name();
        report.reportedAt = Instant.now(clock);

        task.percent = command.percent();
        if (reached != null) {
            reached.reachedOn = status.today();
        }
        status.refresh(task);
        task.updatedAt = report.reportedAt;
        report.statusAfter = task.status;
        report.persist();
        registry.counter("planmon.tasks.progress.reports", "status", task.status.name())
                .increment();
        LOG.infof(
                "%s reported task %s: %d%% -> %d%%, %s",
                report.reportedBy, task.code, report.previousPercent, report.percent, task.status);
        return report;
    }

    private static Milestone milestone(Task task, long id) {
        Milestone milestone = task.milestones.stream()
                .filter(m -> m.id == id)
                .findFirst()
                .orElseThrow(
                        () -> ProblemException.invalid("milestone", "task " + task.code + " has no milestone " + id));
        if (milestone.reached()) {
            throw ProblemException.invalid("milestone", "milestone " + id + " was reached on " + milestone.reachedOn);
        }
        return milestone;
    }
}
