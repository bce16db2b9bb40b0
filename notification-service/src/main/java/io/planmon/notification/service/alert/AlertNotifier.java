package io.planmon.notification.service.alert;

import io.planmon.events.EventType;
import io.planmon.kit.outbox.Outbox;
import io.planmon.notification.domain.alert.Alert;
import io.planmon.notification.domain.alert.AlertRepository;
import io.planmon.notification.domain.alert.Change;
import io.planmon.notification.service.routing.TransactionRouting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Announces an alert change in its transaction: on {@code planmon.alerts.v1} through the outbox (which also feeds the
 * live stream of every instance, once committed and relayed), and to the receivers its rules route it to (unless
 * silenced), which the delivery planner decides when it observes {@link AlertAnnounced}.
 */
@ApplicationScoped
public class AlertNotifier {
    private final AlertRepository alerts;
    private final TransactionRouting routing;
    private final Outbox outbox;
    private final Event<AlertAnnounced> announced;
    private final Clock clock;

    public AlertNotifier(
            AlertRepository alerts,
            TransactionRouting routing,
            Outbox outbox,
            Event<AlertAnnounced> announced,
            Clock clock) {
        this.alerts = alerts;
        this.routing = routing;
        this.outbox = outbox;
        this.announced = announced;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Alert alert, Change change) {
        alert.updatedAt = clock.instant();
        if (alert.silencedBy == null && alert.state.open()) {
            routing.silencing(alert, clock.instant()).ifPresent(s -> alert.silencedBy = s.id);
        }
        alerts.flush();
        outbox.publish(EventType.ALERT_CHANGED, Long.toString(alert.id), AlertEvents.changed(alert, change));
        announced.fire(new AlertAnnounced(alert, change, AlertView.of(alert)));
    }
}
