package io.planmon.notification.rest;

import io.planmon.notification.domain.routing.AlertRule;
import java.util.List;

/** A routing rule as the API shows it. */
public record RuleView(
        long id,
        String name,
        String minSeverity,
        String area,
        String department,
        String subject,
        String condition,
        int holdPeriods,
        List<Long> receivers,
        boolean enabled) {

    static RuleView of(AlertRule r) {
        return new RuleView(
                r.id,
                r.name,
                r.minSeverity.name(),
                r.area,
                r.department,
                r.subject,
                r.condition,
                r.holdPeriods,
                List.copyOf(r.receiverIds),
                r.enabled);
    }
}
