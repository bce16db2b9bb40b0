package io.planmon.notification.service.routing;

import io.planmon.notification.domain.alert.Alert;
import io.planmon.notification.domain.routing.AlertRule;
import io.planmon.notification.domain.routing.AlertRuleRepository;
import io.planmon.notification.domain.routing.Receiver;
import io.planmon.notification.domain.routing.ReceiverRepository;
import io.planmon.notification.domain.silence.Silence;
import io.planmon.notification.domain.silence.SilenceRepository;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The rules, receivers and active silences as one transaction reads them, each read once: a consumer batch that fires
 * and resolves dozens of alerts would otherwise query all three for every change (and flush the session before each
 * query). They change by an operator's request, never in the middle of an alert engine's transaction. A silence ended
 * in this transaction no longer matches; one created in it after the first read is not seen, which only
 * {@code SilenceService.create} does, and it marks the alerts it mutes itself.
 */
@TransactionScoped
public class TransactionRouting implements Serializable {
    private final transient AlertRuleRepository ruleStore;
    private final transient ReceiverRepository receiverStore;
    private final transient SilenceRepository silenceStore;
    private transient List<AlertRule> rules;
    private transient List<Receiver> receivers;
    private transient List<Silence> silences;

    public TransactionRouting(
            AlertRuleRepository ruleStore, ReceiverRepository receiverStore, SilenceRepository silenceStore) {
        this.ruleStore = ruleStore;
        this.receiverStore = receiverStore;
        this.silenceStore = silenceStore;
    }

    public List<AlertRule> rules() {
        if (rules == null) {
            rules = ruleStore.all();
        }
        return rules;
    }

    /** The receivers of {@code ids}, in id order. */
    public List<Receiver> receivers(Collection<Long> ids) {
        return allReceivers().stream().filter(r -> ids.contains(r.id)).toList();
    }

    /** The enabled escalation receivers, in id order. */
    public List<Receiver> escalation() {
        return allReceivers().stream().filter(r -> r.escalation && r.enabled).toList();
    }

    /** The enabled receivers of one department, in id order. */
    public List<Receiver> ofDepartment(String department) {
        return allReceivers().stream()
                .filter(r -> r.enabled && department.equals(r.department))
                .toList();
    }

    /** The oldest silence active at {@code now} that matches the alert. */
    public Optional<Silence> silencing(Alert alert, Instant now) {
        if (silences == null) {
            silences = silenceStore.active(now);
        }
        return silences.stream()
                .filter(s -> s.activeAt(now) && s.matches(alert))
                .findFirst();
    }

    private List<Receiver> allReceivers() {
        if (receivers == null) {
            receivers = receiverStore.all();
        }
        return receivers;
    }
}
