package io.planmon.notification.service.silence;

import io.planmon.notification.domain.silence.Silence;
import io.planmon.notification.domain.silence.SilenceRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Ends silences whose expiry passed, so that the alerts they muted are shown (and delivered) again. */
@ApplicationScoped
public class SilenceExpiryJob {
    private static final Logger LOG = Logger.getLogger(SilenceExpiryJob.class);

    private final SilenceRepository silences;
    private final SilenceService service;
    private final Clock clock;

    public SilenceExpiryJob(SilenceRepository silences, SilenceService service, Clock clock) {
        this.silences = silences;
        this.service = service;
        this.clock = clock;
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
            service.end(silence);
        }
    }
}
