package io.planmon.notification.service.alert;

import io.planmon.kit.http.NewestFirst;
import io.planmon.kit.security.Caller;
import io.planmon.notification.domain.alert.Alert;
import io.planmon.notification.domain.alert.AlertRepository;
import io.planmon.notification.domain.alert.AlertState;
import io.planmon.notification.domain.alert.Change;
import io.planmon.notification.domain.alert.Severity;
import io.planmon.web.problem.ProblemException;
import io.planmon.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Lists and shows alerts as the caller may see them and acknowledges them; a reporter sees its own department only. */
@ApplicationScoped
public class AlertService {
    public static final int MAX_LIMIT = 500;

    private static final Logger LOG = Logger.getLogger(AlertService.class);

    private final AlertRepository alerts;
    private final AlertNotifier notifier;
    private final Clock clock;

    public AlertService(AlertRepository alerts, AlertNotifier notifier, Clock clock) {
        this.alerts = alerts;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** The caller's page of alerts and how many match in all (the API's {@code X-Total-Count}). */
    public AlertRepository.Found list(
            Caller caller,
            Optional<AlertState> state,
            Optional<Severity> severity,
            Optional<String> department,
            Optional<String> subject,
            Optional<NewestFirst> cursor,
            int limit) {
        Optional<String> scope = visibleDepartment(caller);
        if (scope.isPresent() && department.isPresent() && !department.equals(scope)) {
            throw ProblemException.forbidden("a reporter of " + scope.get() + " sees only its own department's alerts");
        }
        return alerts.search(state, severity, scope.isPresent() ? scope : department, subject, cursor, limit);
    }

    /** Empty for roles that see every department; a reporter's own department otherwise. */
    public static Optional<String> visibleDepartment(Caller caller) {
        if (caller.hasRole(Roles.MONITOR) || caller.hasRole(Roles.PLAN_ADMIN) || caller.hasRole(Roles.VIEWER)) {
            return Optional.empty();
        }
        return Optional.of(
                caller.department().orElseThrow(() -> ProblemException.forbidden("the token carries no department")));
    }

    /** One alert, if the caller may see it: a reporter only its own department's, as in the list. */
    public Alert one(Caller caller, long id) {
        Alert alert = find(id);
        Optional<String> scope = visibleDepartment(caller);
        if (scope.isPresent() && !scope.get().equals(alert.department)) {
            throw ProblemException.forbidden("alert " + id + " belongs to department " + alert.department
                    + "; a reporter of " + scope.get() + " sees only its own department's alerts");
        }
        return alert;
    }

    @Transactional
    public Alert acknowledge(Caller caller, long id, String comment) {
        Alert alert = find(id);
        if (!caller.hasRole(Roles.MONITOR)) {
            String mine = caller.department()
                    .orElseThrow(() -> ProblemException.forbidden("the token carries no department claim"));
            if (!mine.equals(alert.department)) {
                throw ProblemException.forbidden(
                        "alert " + id + " belongs to department " + alert.department + ", not " + mine);
            }
        }
        if (alert.state == AlertState.RESOLVED) {
            throw ProblemException.conflict("alert " + id + " is resolved; there is nothing to acknowledge");
        }
        if (alert.state == AlertState.ACKNOWLEDGED) {
            return alert; // acknowledging twice changes nothing: safe to retry
        }
        alert.state = AlertState.ACKNOWLEDGED;
        alert.acknowledgedAt = clock.instant();
        alert.acknowledgedBy = caller.name();
        alert.ackComment = comment;
        LOG.infof("Alert %d acknowledged by %s", id, alert.acknowledgedBy);
        notifier.changed(alert, Change.ACKNOWLEDGED);
        return alert;
    }

    private Alert find(long id) {
        return alerts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("no alert " + id));
    }
}
