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

    /** Tasks of an article, of a department (lead or cooperating) and in a status; null means any. */
    public List<Task> search(Integer article, String department, TaskStatus status) {
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
        query.append(" order by t.article, t.code");
        return withCollections(find(query.toString(), params).list());
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
