package io.planmon.notification.service.silence;

import io.planmon.notification.domain.alert.Alert;
import io.planmon.notification.domain.alert.AlertRepository;
import io.planmon.notification.domain.alert.Change;
import io.planmon.notification.domain.silence.Silence;
import io.planmon.notification.domain.silence.SilenceRepository;
import io.planmon.notification.service.alert.AlertNotifier;
import io.planmon.web.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Creates, ends and expires silences; a silence marks the open alerts it matches, which stay visible as silenced, and
 * when it ends the alerts it muted are shown (and delivered) again.
 */
@ApplicationScoped
public class SilenceService {
    private static final Logger LOG = Logger.getLogger(SilenceService.class);

    private final SilenceRepository silences;
    private final AlertRepository alerts;
    private final AlertNotifier notifier;
    private final Clock clock;

    public SilenceService(SilenceRepository silences, AlertRepository alerts, AlertNotifier notifier, Clock clock) {
        this.silences = silences;
        this.alerts = alerts;
        this.notifier = notifier;
        this.clock = clock;
    }

    public List<Silence> list(boolean includeEnded) {
        return includeEnded ? silences.all() : silences.active(clock.instant());
    }

    @Transactional
    public Silence create(Silence silence) {
        if (silence.subject == null
                && silence.condition == null
                && silence.department == null
                && silence.severity == null) {
            throw ProblemException.invalid("subject", "a silence needs at least one matcher");
        }
        if (!silence.expiresAt.isAfter(clock.instant())) {
            throw ProblemException.invalid("expiresAt", "must be in the future");
        }
        silence.createdAt = clock.instant();
        silences.persist(silence);
        silences.flush();
        LOG.infof("Silence %d by %s until %s: %s", silence.id, silence.author, silence.expiresAt, silence.reason);
        for (Alert alert : alerts.openAlerts()) {
            if (alert.silencedBy == null && silence.matches(alert)) {
                alert.silencedBy = silence.id;
                notifier.changed(alert, Change.SILENCED);
            }
        }
        return silence;
    }

    @Transactional
    public Silence delete(long id) {
        Silence silence =
                silences.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("no silence " + id));
        if (silence.endedAt == null) {
            end(silence);
        }
        return silence;
    }

    @Scheduled(
            identity = "silence-expiry",
            every = "${planmon.alerts.silence-check}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // A tick during shutdown would find the database already closed.
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void expire() {
        for (Silence silence : silences.expired(clock.instant())) {
            LOG.infof("Silence %d (%s) expired at %s", silence.id, silence.reason, silence.expiresAt);
            end(silence);
        }
    }

    /** Ends a silence (expired or deleted); the alerts it muted are announced again unless another silence holds. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(Silence silence) {
        silence.endedAt = clock.instant();
        for (Alert alert : alerts.silencedBy(silence.id)) {
            alert.silencedBy = null;
            notifier.changed(alert, Change.UNSILENCED);
        }
    }
}
