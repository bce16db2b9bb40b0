package io.planmon.notification.service.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.notification.domain.alert.Alert;
import io.planmon.notification.domain.alert.Change;
import io.planmon.notification.domain.alert.Condition;
import io.planmon.notification.domain.alert.Severity;
import io.planmon.notification.domain.routing.AlertRule;
import io.planmon.notification.domain.routing.Receiver;
import io.planmon.notification.domain.routing.ReceiverKind;
import io.planmon.notification.service.alert.AlertAnnounced;
import io.planmon.notification.service.alert.AlertView;
import io.planmon.notification.service.routing.TransactionRouting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Decides who hears of an alert change and queues one delivery per receiver in the same transaction, so that a
 * committed change is never lost on its way out. Non-CRITICAL alerts reach mailboxes only through the daily digest
 * (DigestJob), except reminders of data due soon, which are mailed at once and never digested.
 */
@ApplicationScoped
public class DeliveryPlanner {
    private static final Logger LOG = Logger.getLogger(DeliveryPlanner.class);

    private final TransactionRouting routing;
    private final Suppression suppression;
    private final MailContent mail;
    private final DeliveryQueue queue;
    private final MeterRegistry registry;

    public DeliveryPlanner(
            TransactionRouting routing,
            Suppression suppression,
            MailContent mail,
            DeliveryQueue queue,
            MeterRegistry registry) {
        this.routing = routing;
        this.suppression = suppression;
        this.mail = mail;
        this.queue = queue;
        this.registry = registry;
    }

    /** Runs in the transaction of the change: its deliveries commit with it or not at all. */
    void plan(@Observes AlertAnnounced announced) {
        Alert alert = announced.alert();
        Change change = announced.change();
        String why = suppression.reason(alert, change);
        if (why != null) {
            LOG.infof("Alert %d %s: not delivered, %s", alert.id, change, why);
            registry.counter("planmon.alerts.suppressed").increment();
            return;
        }
        for (Receiver receiver : audience(alert, change)) {
            if (receiver.kind == ReceiverKind.EMAIL
                    && alert.severity != Severity.CRITICAL
                    && !reminder(alert, change)) {
                continue; // the mailbox's daily digest carries it
            }
            Object body = receiver.kind == ReceiverKind.WEBHOOK
                    ? Map.of("change", change.name(), "alert", announced.view())
                    : mail.immediate(receiver.email, change, announced.view());
            queue.enqueue(alert.id, receiver, change, body);
        }
    }

    /** Queues a mailbox's daily digest of the open alerts it hears. */
    public void digest(Receiver mailbox, String day, List<AlertView> open) {
        queue.enqueue(null, mailbox, Change.DIGEST, mail.digest(mailbox, day, open));
    }

    /**
     * Escalations go to the escalation receivers, everything else to the receivers of the rules that route it; either
     * way a department receiver hears only its own department's alerts.
     */
    private List<Receiver> audience(Alert alert, Change change) {
        if (change == Change.ESCALATED) {
            return routing.escalation().stream().filter(r -> r.hears(alert)).toList();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (AlertRule rule : routing.rules()) {
            if (rule.routes(alert)) {
                ids.addAll(rule.receiverIds);
            }
        }
        if (reminder(alert, change) && alert.department != null) {
            routing.ofDepartment(alert.department).forEach(r -> ids.add(r.id));
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return routing.receivers(ids).stream().filter(r -> r.hears(alert)).toList();
    }

    /**
     * A reminder that a period's value is due soon (fired, or moved on to the next period): the owning department's
     * receivers hear it whatever the rules.
     */
    static boolean reminder(Alert alert, Change change) {
        return alert.condition == Condition.DATA_DUE_SOON && (change == Change.FIRED || change == Change.CONTINUED);
    }
}
