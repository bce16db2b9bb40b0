package io.planmon.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.notification.domain.Alert;
import io.planmon.notification.domain.AlertRule;
import io.planmon.notification.domain.AlertRuleRepository;
import io.planmon.notification.domain.Change;
import io.planmon.notification.domain.Condition;
import io.planmon.notification.domain.Delivery;
import io.planmon.notification.domain.DeliveryRepository;
import io.planmon.notification.domain.Receiver;
import io.planmon.notification.domain.ReceiverKind;
import io.planmon.notification.domain.ReceiverRepository;
import io.planmon.notification.domain.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Decides who hears of an alert change and queues one delivery per receiver in the same transaction, so that a
 * committed change is never lost on its way out. Non-CRITICAL alerts reach mailboxes only through the daily digest
 * ({@link DigestJob}), except reminders of data due soon, which are mailed at once and never digested.
 */
@ApplicationScoped
public class DeliveryPlanner {
    private static final Logger LOG = Logger.getLogger(DeliveryPlanner.class);

    private final AlertRuleRepository rules;
    private final ReceiverRepository receivers;
    private final DeliveryRepository deliveries;
    private final Suppression suppression;
    private final MailContent mail;
    private final ObjectMapper json;
    private final Clock clock;
    private final MeterRegistry registry;
    private final Event<DeliveryQueued> queued;

    public DeliveryPlanner(
            AlertRuleRepository rules,
            ReceiverRepository receivers,
            DeliveryRepository deliveries,
            Suppression suppression,
            MailContent mail,
            ObjectMapper json,
            Clock clock,
            MeterRegistry registry,
            Event<DeliveryQueued> queued) {
        this.rules = rules;
        this.receivers = receivers;
        this.deliveries = deliveries;
        this.suppression = suppression;
        this.mail = mail;
        this.json = json;
        this.clock = clock;
        this.registry = registry;
        this.queued = queued;
    }

    public void plan(Alert alert, Change change, AlertView view) {
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
            String payload = receiver.kind == ReceiverKind.WEBHOOK
                    ? write(Map.of("change", change.name(), "alert", view))
                    : write(mail.immediate(receiver.email, change, view));
            enqueue(alert.id, receiver, change, payload);
        }
    }

    /** Queues a delivery that the worker sends; used for digests too. */
    public void enqueue(Long alertId, Receiver receiver, Change change, String payload) {
        Delivery d = new Delivery();
        d.alertId = alertId;
        d.receiverId = receiver.id;
        d.receiverName = receiver.name;
        d.kind = receiver.kind;
        d.change = change;
        d.payload = payload;
        d.createdAt = clock.instant();
        d.nextAttemptAt = d.createdAt;
        deliveries.persist(d);
        // Sent right after the commit (DeliveryWorker), not at the next tick.
        queued.fire(new DeliveryQueued(alertId));
        registry.counter("planmon.deliveries.queued", "kind", receiver.kind.name())
                .increment();
    }

    /**
     * Escalations go to the escalation receivers, everything else to the receivers of the rules that route it; either
     * way a department receiver hears only its own department's alerts.
     */
    private List<Receiver> audience(Alert alert, Change change) {
        if (change == Change.ESCALATED) {
            return receivers.escalation().stream().filter(r -> r.hears(alert)).toList();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (AlertRule rule : rules.all()) {
            if (rule.routes(alert)) {
                ids.addAll(rule.receiverIds);
            }
        }
        if (reminder(alert, change) && alert.department != null) {
            receivers.ofDepartment(alert.department).forEach(r -> ids.add(r.id));
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return receivers.list("id in ?1", ids).stream()
                .filter(r -> r.hears(alert))
                .toList();
    }

    /**
     * A reminder that a period's value is due soon (fired, or moved on to the next period): the owning department's
     * receivers hear it whatever the rules.
     */
    static boolean reminder(Alert alert, Change change) {
        return alert.condition == Condition.DATA_DUE_SOON && (change == Change.FIRED || change == Change.CONTINUED);
    }

    String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notification cannot be written as JSON", e);
        }
    }
}
