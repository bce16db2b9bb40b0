package io.planmon.indicator.messaging;

import io.planmon.events.EventType;
import io.planmon.events.submission.SubmissionChangedV1;
import io.planmon.indicator.domain.Submission;
import io.planmon.indicator.domain.SubmissionItem;
import io.planmon.indicator.domain.SubmissionStep;
import io.planmon.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Announces every step of a submission on {@code planmon.submissions.v1} via the outbox, keyed by the submission id:
 * one unit's steps stay in order on one partition.
 */
@ApplicationScoped
public class SubmissionEvents {
    private final Outbox outbox;

    public SubmissionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void changed(Submission s, SubmissionStep step, List<SubmissionItem> items) {
        outbox.publish(
                EventType.SUBMISSION_CHANGED,
                String.valueOf(s.id),
                new SubmissionChangedV1(
                        s.id,
                        s.department,
                        s.period,
                        s.frequency.name(),
                        step.action.name(),
                        step.previousState == null ? null : step.previousState.name(),
                        step.state.name(),
                        step.actor,
                        step.comment,
                        step.recordedAt,
                        items.stream()
                                .map(i -> new SubmissionChangedV1.Value(i.indicatorCode, i.value, i.revision))
                                .toList()));
    }
}
