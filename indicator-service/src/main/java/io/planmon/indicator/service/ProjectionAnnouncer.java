package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.ProjectionState;
import io.planmon.indicator.domain.ProjectionState.Verdict;
import io.planmon.indicator.domain.ProjectionStateRepository;
import io.planmon.indicator.domain.evaluation.Outlook;
import io.planmon.indicator.domain.evaluation.Projection;
import io.planmon.indicator.messaging.IndicatorStatusEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Publishes an indicator's early warning when it appears and its recovery when the projection meets the target
 * again, each once ({@link ProjectionState#observe}), in the transaction of the evaluation that caused it.
 */
@ApplicationScoped
public class ProjectionAnnouncer {
    private static final Logger LOG = Logger.getLogger(ProjectionAnnouncer.class);

    private final IndicatorStatusEvents events;
    private final MeterRegistry metrics;

    private final ProjectionStateRepository states;

    public ProjectionAnnouncer(IndicatorStatusEvents events, MeterRegistry metrics, ProjectionStateRepository states) {
        this.states = states;
        this.events = events;
        this.metrics = metrics;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void afterEvaluation(Indicator indicator, Outlook outlook, Instant now) {
        Optional<ProjectionState> stored = states.stored(indicator.code);
        ProjectionState state = stored.orElseGet(() -> ProjectionState.initial(indicator.code));
        Optional<Verdict> verdict = state.observe(outlook, now);
        if (verdict.isEmpty()) {
            return; // an unstored initial state stays unstored: only a published warning creates the row
        }
        if (stored.isEmpty()) {
            states.persist(state);
        }
        // Both verdicts come from a projection: a warning needs one that misses, a recovery one that meets.
        Projection projection = (Projection) outlook;
        if (verdict.get() == Verdict.WARNING) {
            events.projectionWarning(indicator, projection);
            metrics.counter("planmon.indicator.projection.warnings").increment();
            LOG.infof("%s: early warning, %s", indicator.code, outlook.reasonEn());
        } else {
            events.projectionRecovered(indicator, projection);
            metrics.counter("planmon.indicator.projection.recoveries").increment();
            LOG.infof("%s: early warning over, %s", indicator.code, outlook.reasonEn());
        }
    }
}
