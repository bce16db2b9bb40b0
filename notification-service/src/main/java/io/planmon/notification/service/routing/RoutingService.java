package io.planmon.notification.service.routing;

import io.planmon.notification.domain.routing.AlertRule;
import io.planmon.notification.domain.routing.AlertRuleRepository;
import io.planmon.notification.domain.routing.Receiver;
import io.planmon.notification.domain.routing.ReceiverKind;
import io.planmon.notification.domain.routing.ReceiverRepository;
import io.planmon.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Keeps receivers and the rules that route alerts to them consistent with each other. */
@ApplicationScoped
public class RoutingService {
    private final ReceiverRepository receivers;
    private final AlertRuleRepository rules;
    private final Clock clock;
    private final Event<ReceiverDeleted> deleted;
    private final Event<ReceiverDisabled> disabled;

    public RoutingService(
            ReceiverRepository receivers,
            AlertRuleRepository rules,
            Clock clock,
            Event<ReceiverDeleted> deleted,
            Event<ReceiverDisabled> disabled) {
        this.receivers = receivers;
        this.rules = rules;
        this.clock = clock;
        this.deleted = deleted;
        this.disabled = disabled;
    }

    public List<Receiver> receivers() {
        return receivers.all();
    }

    public Receiver receiver(long id) {
        return receivers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("no receiver " + id));
    }

    /**
     * Creates ({@code id} empty) or replaces a receiver; a webhook keeps its secret when none is sent. Switching a
     * receiver off cancels its pending deliveries (observers of ReceiverDisabled), in the same transaction.
     */
    @Transactional
    public Receiver saveReceiver(Optional<Long> id, Receiver input) {
        Optional<Receiver> stored = id.map(this::receiver);
        if (input.kind == ReceiverKind.WEBHOOK) {
            requireUrl(input.url);
            input.secret = input.secret != null
                    ? input.secret
                    : stored.map(r -> r.secret).orElse(null);
            if (input.secret == null || input.secret.length() < 16) {
                throw ProblemException.invalid("secret", "a webhook needs a secret of at least 16 characters");
            }
            input.email = null;
        } else {
            if (input.email == null || !input.email.matches("[^@\\s]+@[^@\\s]+")) {
                throw ProblemException.invalid(
                        "email", "an e-mail receiver needs an address such as office@example.org");
            }
            input.url = null;
            input.secret = null;
        }
        input.id = stored.map(r -> r.id).orElse(null);
        input.createdAt = stored.map(r -> r.createdAt).orElseGet(clock::instant);
        if (stored.isPresent() && stored.get().enabled && !input.enabled) {
            disabled.fire(new ReceiverDisabled(input.id, input.name, input.kind));
        }
        return save(receivers, input, stored.isPresent());
    }

    /** Rules forget the receiver and its pending deliveries are cancelled (observers of ReceiverDeleted), at once. */
    @Transactional
    public void deleteReceiver(long id) {
        Receiver r = receiver(id);
        for (AlertRule rule : rules.all()) {
            rule.receiverIds.remove(r.id);
        }
        // Before the row goes: its foreign key then sets the deliveries' receiver_id to null.
        deleted.fire(new ReceiverDeleted(r.id, r.name, r.kind));
        receivers.delete(r);
    }

    public List<AlertRule> rules() {
        return rules.all();
    }

    public AlertRule rule(long id) {
        return rules.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("no rule " + id));
    }

    /** Creates ({@code id} empty) or replaces a rule; every receiver it names must exist. */
    @Transactional
    public AlertRule saveRule(Optional<Long> id, AlertRule input) {
        for (int i = 0; i < input.receiverIds.size(); i++) {
            if (receivers.findByIdOptional(input.receiverIds.get(i)).isEmpty()) {
                throw ProblemException.invalid("receivers[" + i + "]", "no receiver " + input.receiverIds.get(i));
            }
        }
        Optional<AlertRule> stored = id.map(this::rule);
        input.id = stored.map(r -> r.id).orElse(null);
        input.createdAt = stored.map(r -> r.createdAt).orElseGet(clock::instant);
        input.receiverIds = new ArrayList<>(input.receiverIds);
        return save(rules, input, stored.isPresent());
    }

    @Transactional
    public void deleteRule(long id) {
        rules.delete(rule(id));
    }

    /**
     * Stores a new entity, or writes a replacement (carrying the stored one's id and creation time) over the stored
     * one: every column is taken from {@code input}.
     */
    private static <T> T save(PanacheRepository<T> repository, T input, boolean replacing) {
        if (replacing) {
            return repository.getEntityManager().merge(input);
        }
        repository.persist(input);
        return input;
    }

    private static void requireUrl(String url) {
        try {
            URI uri = url == null ? null : URI.create(url);
            if (uri != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ProblemException.invalid("url", "a webhook needs an absolute http(s) URL");
    }
}
