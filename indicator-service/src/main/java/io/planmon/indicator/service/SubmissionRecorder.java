package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.Observation;
import io.planmon.indicator.domain.Submission;
import io.planmon.indicator.domain.SubmissionItem;
import io.planmon.indicator.domain.SubmissionStep;
import io.planmon.indicator.messaging.SubmissionEvents;
import io.planmon.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Takes one step of a submission in the caller's transaction: the new state, the step (who, from which department,
 * when, the comment), the figures it is about as they stand, and the event. Nothing of it commits without the rest.
 */
@ApplicationScoped
public class SubmissionRecorder {
    private static final Logger LOG = Logger.getLogger(SubmissionRecorder.class);

    private final SubmissionEvents events;
    private final Clock clock;
    private final MeterRegistry metrics;

    public SubmissionRecorder(SubmissionEvents events, Clock clock, MeterRegistry metrics) {
        this.events = events;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * @param previous the state before the step, null for a unit's first submission
     * @param set the unit's indicators, in code order
     * @param values their current values of the unit's period
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SubmissionStep take(
            Submission s,
            Submission.State previous,
            Submission.State action,
            String comment,
            Caller caller,
            List<Indicator> set,
            Map<String, Observation> values) {
        Instant now = clock.instant();
        s.state = action;
        s.changedBy = caller.name();
        s.changedAt = now;
        SubmissionStep step = new SubmissionStep();
        step.submissionId = s.id;
        step.action = action;
        step.previousState = previous;
        step.state = action;
        step.actor = caller.name();
        step.actorDepartment = caller.department().orElse(null);
        step.comment = comment;
        step.recordedAt = now;
        step.persist();
        List<SubmissionItem> items = new ArrayList<>(set.size());
        for (Indicator indicator : set) {
            Observation current = values.get(indicator.code);
            SubmissionItem item = new SubmissionItem();
            item.stepId = step.id;
            item.indicatorCode = indicator.code;
            item.value = current == null ? null : current.value;
            item.revision = current == null ? null : current.revision;
            items.add(item);
        }
        items.forEach(item -> item.persist());
        events.changed(s, step, items);
        metrics.counter("planmon.submissions.steps", "action", action.name()).increment();
        LOG.infof(
                "submission %d (%s %s): %s -> %s by %s, %d of %d figures there%s",
                s.id,
                s.department,
                s.period,
                previous,
                action,
                step.actor,
                values.size(),
                set.size(),
                comment == null ? "" : ": " + comment);
        return step;
    }
}
