package io.planmon.task.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Which department codes exist; the plan admin assigns tasks only to these. */
@ApplicationScoped
public class DepartmentCatalogue {

    /** Every department code, sorted: what a {@code ?department=} filter may name. */
    public List<String> codes() {
        return Department.getEntityManager()
                .createQuery("select d.code from Department d order by d.code", String.class)
                .getResultList();
    }

    /** The codes of {@code codes} that are not departments, in one query. */
    public Set<String> unknown(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        Set<String> known = Department.<Department>list("code in ?1", codes).stream()
                .map(d -> d.code)
                .collect(Collectors.toSet());
        return codes.stream().filter(c -> !known.contains(c)).collect(Collectors.toSet());
    }
}
