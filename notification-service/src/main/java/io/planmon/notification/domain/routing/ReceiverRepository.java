package io.planmon.notification.domain.routing;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Stores receivers. */
@ApplicationScoped
public class ReceiverRepository implements PanacheRepository<Receiver> {
    public List<Receiver> all() {
        return listAll(Sort.ascending("id"));
    }

    public List<Receiver> escalation() {
        return list("escalation = true and enabled = true", Sort.ascending("id"));
    }

    /** The enabled receivers of one department. */
    public List<Receiver> ofDepartment(String department) {
        return list("department = ?1 and enabled = true", Sort.ascending("id"), department);
    }

    /** Enabled mailboxes, of departments and of the office. */
    public List<Receiver> mailboxes() {
        return list("kind = ?1 and enabled = true", Sort.ascending("id"), ReceiverKind.EMAIL);
    }
}
