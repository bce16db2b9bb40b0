package io.planmon.task.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds tasks with their collections loaded in a fixed number of queries (one per collection, whatever the number of
 * tasks), so that listing never lazily loads per task.
 */
@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<Task, Long> {

    /** One page of the tasks found and how many match in all. */
    public record Page(List<Task> tasks, long total) {}

    /**
     * Tasks of an article, of a department (lead or cooperating) and in a status (null means any), by article then
     * code, {@code limit} of them from {@code offset}: the page in SQL, then its collections, then the count.
     */
    public Page search(Integer article, String department, TaskStatus status, int offset, int limit) {
        StringBuilder query = new StringBuilder("from Task t where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (article != null) {
            query.append(" and t.article = :article");
            params.put("article", article);
        }
        if (department != null) {
            query.append(" and (t.leadDepartment = :department or :department member of t.coDepartments)");
            params.put("department", department);
        }
        if (status != null) {
            query.append(" and t.status = :status");
            params.put("status", status);
        }
        String where = query.toString();
        List<Task> page = withCollections(find(where + " order by t.article, t.code", params)
                .range(offset, offset + limit - 1)
                .list());
        long total = page.size() < limit && (offset == 0 || !page.isEmpty())
                ? offset + page.size()
                : count(where, params); // only when the page is full or past the end: else the page tells
        return new Page(page, total);
    }

    public Optional<Task> findWithCollections(long id) {
        return findByIdOptional(id).map(t -> withCollections(List.of(t)).get(0));
    }

    /** The task locked for update, so that two reports on one task are applied one after the other. */
    public Optional<Task> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .map(t -> withCollections(List.of(t)).get(0));
    }

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }

    /** Tasks the daily scan looks at: everything not yet completed. */
    public List<Task> open() {
        return withCollections(list("status <> ?1 order by id", TaskStatus.COMPLETED));
    }

    List<Task> withCollections(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return tasks;
        }
        List<Long> ids = tasks.stream().map(t -> t.id).toList();
        for (String collection : List.of("coDepartments", "indicators", "milestones")) {
            getEntityManager()
                    .createQuery(
                            "select distinct t from Task t left join fetch t." + collection + " where t.id in :ids",
                            Task.class)
                    .setParameter("ids", ids)
                    .getResultList();
        }
        return tasks;
    }
}
