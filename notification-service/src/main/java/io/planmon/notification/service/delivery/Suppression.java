package io.planmon.notification.service.delivery;

import io.planmon.notification.domain.alert.Alert;
import io.planmon.notification.domain.alert.AlertRepository;
import io.planmon.notification.domain.alert.Change;
import io.planmon.notification.domain.alert.Condition;
import io.planmon.notification.domain.alert.SubjectType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;

/** Why an alert change is kept from its receivers: a silence, or late data that explains an off-track reminder. */
@ApplicationScoped
class Suppression {
    private static final Set<Change> REMINDERS = EnumSet.of(Change.FIRED, Change.CONTINUED, Change.SEVERITY_CHANGED);

    private final AlertRepository alerts;

    public Suppression(AlertRepository alerts) {
        this.alerts = alerts;
    }

    /** @return null when the change should be delivered */
    public String reason(Alert alert, Change change) {
        if (alert.silenced()) {
            return "silenced by silence " + alert.silencedBy;
        }
        if (alert.subjectType == SubjectType.INDICATOR
                && alert.condition == Condition.STATUS
                && REMINDERS.contains(change)
                && alerts.open(SubjectType.INDICATOR, alert.subjectCode, Condition.DATA_OVERDUE)
                        .isPresent()) {
            return "the indicator's data is overdue (its DATA_OVERDUE alert speaks for it)";
        }
        return null;
    }
}
