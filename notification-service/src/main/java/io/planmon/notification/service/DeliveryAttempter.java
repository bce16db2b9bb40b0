package io.planmon.notification.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.notification.config.AlertSettings;
import io.planmon.notification.domain.Backoff;
import io.planmon.notification.domain.Delivery;
import io.planmon.notification.domain.DeliveryAttempt;
import io.planmon.notification.domain.DeliveryRepository;
import io.planmon.notification.domain.DeliveryStatus;
import io.planmon.notification.domain.Receiver;
import io.planmon.notification.domain.ReceiverKind;
import io.planmon.notification.domain.ReceiverRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Makes one attempt of one delivery while holding its row lock, and logs it: sent, or retried later with exponential
 * backoff, or FAILED once the attempts ran out. The lock keeps a second instance from sending it at the same time.
 */
@ApplicationScoped
public class DeliveryAttempter {
    private static final Logger LOG = Logger.getLogger(DeliveryAttempter.class);

    private final DeliveryRepository deliveries;
    private final ReceiverRepository receivers;
    private final WebhookSender webhooks;
    private final MailSender mails;
    private final Backoff backoff;
    private final Clock clock;
    private final MeterRegistry registry;

    public DeliveryAttempter(
            DeliveryRepository deliveries,
            ReceiverRepository receivers,
            WebhookSender webhooks,
            MailSender mails,
            AlertSettings settings,
            Clock clock,
            MeterRegistry registry) {
        this.deliveries = deliveries;
        this.receivers = receivers;
        this.webhooks = webhooks;
        this.mails = mails;
        this.backoff = new Backoff(
                settings.delivery().initialBackoff(),
                settings.delivery().maxBackoff(),
                settings.delivery().maxAttempts());
        this.clock = clock;
        this.registry = registry;
    }

    @Transactional
    public void attempt(long id) {
        Delivery d = deliveries.claim(id).orElse(null);
        if (d == null || d.nextAttemptAt.isAfter(clock.instant())) {
            return; // sent meanwhile, or another instance holds it
        }
        Receiver receiver = d.receiverId == null ? null : receivers.findById(d.receiverId);
        Outcome outcome;
        if (receiver == null) {
            outcome = Outcome.failed(null, "the receiver was removed");
        } else {
            outcome = receiver.kind == ReceiverKind.WEBHOOK ? webhooks.send(d, receiver) : mails.send(d);
        }
        Instant now = clock.instant();
        d.attempts++;
        DeliveryAttempt entry = new DeliveryAttempt();
        entry.deliveryId = d.id;
        entry.attempt = d.attempts;
        entry.attemptedAt = now;
        entry.success = outcome.success();
        entry.httpStatus = outcome.httpStatus();
        entry.error = outcome.error();
        entry.persist();
        if (outcome.success()) {
            d.status = DeliveryStatus.SENT;
            d.deliveredAt = now;
            d.lastError = null;
        } else if (receiver == null || backoff.exhausted(d.attempts)) {
            d.status = DeliveryStatus.FAILED;
            d.lastError = outcome.error();
            LOG.warnf(
                    "Delivery %d to %s failed for good after %d attempts: %s",
                    d.id, d.receiverName, d.attempts, outcome.error());
        } else {
            d.lastError = outcome.error();
            d.nextAttemptAt = now.plus(backoff.after(d.attempts));
            LOG.infof(
                    "Delivery %d to %s failed (attempt %d), next at %s: %s",
                    d.id, d.receiverName, d.attempts, d.nextAttemptAt, outcome.error());
        }
        registry.counter(
                        "planmon.deliveries.attempts",
                        "kind",
                        d.kind.name(),
                        "outcome",
                        outcome.success() ? "success" : "failure")
                .increment();
    }
}
