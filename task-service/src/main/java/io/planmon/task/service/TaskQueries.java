package io.planmon.task.service;

import io.planmon.task.domain.IndicatorStatus;
import io.planmon.task.domain.ProgressReport;
import io.planmon.task.domain.Task;
import io.planmon.task.domain.TaskRepository;
import io.planmon.task.domain.TaskStatus;
import io.planmon.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads tasks with everything a view shows, in a fixed number of queries; read-only, so no transaction. */
@ApplicationScoped
public class TaskQueries {
    private final TaskRepository tasks;

    public TaskQueries(TaskRepository tasks) {
        this.tasks = tasks;
    }

    /** Tasks and the latest statuses of the indicators they serve. */
    public record Found(List<Task> tasks, Map<String, IndicatorStatus> indicators) {}

    /** One page of the tasks found, with the statuses of their indicators, and how many match in all. */
    public record FoundPage(Found found, long total) {}

    public FoundPage search(Integer article, String department, TaskStatus status, int offset, int limit) {
        TaskRepository.Page page = tasks.search(article, department, status, offset, limit);
        return new FoundPage(withIndicators(page.tasks()), page.total());
    }

    public Found get(long id) {
        return withIndicators(List.of(find(id)));
    }

    public List<ProgressReport> history(long id) {
        find(id);
        return ProgressReport.history(id);
    }

    Task find(long id) {
        return tasks.findWithCollections(id).orElseThrow(() -> ProblemException.notFound("no task " + id));
    }

    static Found withIndicators(List<Task> found) {
        Set<String> codes = found.stream()
                .map(t -> t.indicators)
                .flatMap(Collection::stream)
                .collect(Collectors.toSet());
        return new Found(found, IndicatorStatus.of(codes));
    }
}
