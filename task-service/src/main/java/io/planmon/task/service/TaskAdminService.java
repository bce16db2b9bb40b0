package io.planmon.task.service;

import io.planmon.task.domain.ArticleRepository;
import io.planmon.task.domain.DepartmentCatalogue;
import io.planmon.task.domain.Milestone;
import io.planmon.task.domain.Task;
import io.planmon.task.domain.TaskRepository;
import io.planmon.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** The plan admin creates and replaces tasks; references are checked here, and the status follows the new dates. */
@ApplicationScoped
public class TaskAdminService {
    private static final Logger LOG = Logger.getLogger(TaskAdminService.class);

    private final TaskRepository tasks;
    private final ArticleRepository articles;
    private final DepartmentCatalogue departments;
    private final StatusUpdater status;
    private final Clock clock;

    public TaskAdminService(
            TaskRepository tasks,
            ArticleRepository articles,
            DepartmentCatalogue departments,
            StatusUpdater status,
            Clock clock) {
        this.tasks = tasks;
        this.articles = articles;
        this.departments = departments;
        this.status = status;
        this.clock = clock;
    }

    @Transactional
    public Task create(TaskCommand command) {
        Violations violations = references(command);
        if (command.code() == null) {
            violations.add("code", "is required");
        }
        violations.throwIfAny();
        if (tasks.codeTaken(command.code())) {
            throw ProblemException.conflict("a task with code " + command.code() + " exists already");
        }
        Task task = new Task();
        task.code = command.code();
        apply(task, command, Map.of());
        tasks.persist(task);
        status.refresh(task);
        LOG.infof("plan admin created task %s (%d) led by %s", task.code, task.id, task.leadDepartment);
        return task;
    }

    @Transactional
    public Task update(long id, TaskCommand command) {
        Task task = tasks.lock(id).orElseThrow(() -> ProblemException.notFound("no task " + id));
        Violations violations = references(command);
        if (command.code() != null && !command.code().equals(task.code)) {
            violations.add("code", "a task's code does not change: " + task.code);
        }
        Map<Long, Milestone> existing =
                task.milestones.stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        Set<Long> kept = new LinkedHashSet<>();
        for (int i = 0; i < command.milestones().size(); i++) {
            Long mid = command.milestones().get(i).id();
            if (mid != null && !existing.containsKey(mid)) {
                violations.add("milestones[" + i + "].id", "task " + task.code + " has no milestone " + mid);
            } else if (mid != null && !kept.add(mid)) {
                violations.add("milestones[" + i + "].id", "milestone " + mid + " is listed twice");
            }
        }
        violations.throwIfAny();
        existing.values().stream()
                .filter(m -> m.reached() && !kept.contains(m.id))
                .findFirst()
                .ifPresent(m -> {
                    throw ProblemException.conflict("milestone " + m.id + " was reached on " + m.reachedOn
                            + " and is part of the history: keep it (list its id)");
                });
        apply(task, command, existing);
        status.refresh(task);
        LOG.infof("plan admin updated task %s (%d)", task.code, task.id);
        return task;
    }

    private Violations references(TaskCommand command) {
        Violations violations = new Violations();
        if (articles.findByIdOptional(command.article()).isEmpty()) {
            violations.add("article", "the plan has no article " + command.article());
        }
        List<String> named = new ArrayList<>(command.coDepartments());
        named.add(command.leadDepartment());
        Set<String> unknown = departments.unknown(named);
        if (unknown.contains(command.leadDepartment())) {
            violations.add("leadDepartment", "unknown department " + command.leadDepartment());
        }
        for (int i = 0; i < command.coDepartments().size(); i++) {
            if (unknown.contains(command.coDepartments().get(i))) {
                violations.add(
                        "coDepartments[" + i + "]",
                        "unknown department " + command.coDepartments().get(i));
            }
        }
        return violations;
    }

    private void apply(Task task, TaskCommand command, Map<Long, Milestone> existing) {
        task.article = command.article();
        task.title = command.title();
        task.titleEn = command.titleEn();
        task.planSentence = command.planSentence();
        task.leadDepartment = command.leadDepartment();
        task.coDepartments = new TreeSet<>(command.coDepartments());
        task.assignment = command.assignment();
        task.start = command.start();
        task.due = command.due();
        task.indicators = new TreeSet<>(command.indicators());
        task.updatedAt = Instant.now(clock);
        List<Milestone> next = new ArrayList<>();
        for (TaskCommand.MilestoneCommand m : command.milestones()) {
            Milestone milestone = m.id() == null ? new Milestone() : existing.get(m.id());
            milestone.task = task;
            milestone.title = m.title();
            milestone.titleEn = m.titleEn();
            milestone.due = m.due();
            next.add(milestone);
        }
        next.sort(java.util.Comparator.comparing((Milestone m) -> m.due));
        // Same collection instance: orphanRemoval deletes the milestones no longer listed.
        task.milestones.clear();
        task.milestones.addAll(next);
    }
}
