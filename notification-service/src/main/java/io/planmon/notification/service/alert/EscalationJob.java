package io.planmon.notification.service.alert;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.notification.config.AlertSettings;
import io.planmon.notification.domain.alert.Alert;
import io.planmon.notification.domain.alert.AlertRepository;
import io.planmon.notification.domain.alert.Change;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Escalates alerts that stayed CRITICAL and FIRING (unacknowledged) longer than {@code planmon.alerts.escalate-after},
 * counted from when they became CRITICAL.
 */
@ApplicationScoped
public class EscalationJob {
    private static final Logger LOG = Logger.getLogger(EscalationJob.class);

    private final AlertRepository alerts;
    private final AlertNotifier notifier;
    private final AlertSettings settings;
    private final Clock clock;
    private final MeterRegistry registry;

    public EscalationJob(
            AlertRepository alerts,
            AlertNotifier notifier,
            AlertSettings settings,
            Clock clock,
            MeterRegistry registry) {
        this.alerts = alerts;
        this.notifier = notifier;
        this.settings = settings;
        this.clock = clock;
        this.registry = registry;
    }

    @Scheduled(
            identity = "alert-escalation",
            every = "${planmon.alerts.escalation-check}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // A tick during shutdown would find the database already closed.
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void escalate() {
        Instant now = clock.instant();
        for (Alert alert : alerts.dueForEscalation(now.minus(settings.escalateAfter()))) {
            alert.escalatedAt = now;
            LOG.warnf(
                    "Alert %d (%s %s) CRITICAL and unacknowledged since %s: escalated",
                    alert.id, alert.subjectCode, alert.condition, alert.criticalSince);
            registry.counter("planmon.alerts.escalated").increment();
            notifier.changed(alert, Change.ESCALATED);
        }
    }
}
