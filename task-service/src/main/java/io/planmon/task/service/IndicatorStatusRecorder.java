package io.planmon.task.service;

import io.planmon.events.CloudEvent;
import io.planmon.events.indicator.IndicatorStatusChangedV1;
import io.planmon.task.domain.IndicatorStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Keeps the latest status per indicator. "Latest" is the most recent period (periods of one indicator share a
 * frequency, so they sort as text); for the same period the event heard last wins. Other event types on the topic
 * (data overdue, projection warnings) are not statuses and are left alone.
 */
@ApplicationScoped
public class IndicatorStatusRecorder {
    private static final Logger LOG = Logger.getLogger(IndicatorStatusRecorder.class);

    private final Clock clock;

    public IndicatorStatusRecorder(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CloudEvent<?> event) {
        if (!(event.data() instanceof IndicatorStatusChangedV1 change)) {
            return;
        }
        IndicatorStatus current = IndicatorStatus.findById(change.indicatorCode());
        if (current != null && change.period().compareTo(current.period) < 0) {
            LOG.debugf(
                    "%s %s is older than the %s already shown; kept",
                    change.indicatorCode(), change.period(), current.period);
            return;
        }
        boolean first = current == null;
        if (first) {
            current = new IndicatorStatus();
            current.indicatorCode = change.indicatorCode();
        }
        current.period = change.period();
        current.status = change.status();
        current.previousStatus = change.previousStatus();
        current.reason = change.reasonEn() != null ? change.reasonEn() : change.reason();
        current.eventId = event.id();
        current.receivedAt = Instant.now(clock);
        if (first) {
            current.persist();
        }
        LOG.infof("indicator %s %s is now %s", change.indicatorCode(), change.period(), change.status());
    }
}
