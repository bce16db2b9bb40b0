package io.planmon.notification.domain.routing;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Stores routing rules. */
@ApplicationScoped
public class AlertRuleRepository implements PanacheRepository<AlertRule> {
    public List<AlertRule> all() {
        return listAll(Sort.ascending("id"));
    }
}
