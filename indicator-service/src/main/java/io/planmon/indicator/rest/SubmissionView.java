package io.planmon.indicator.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planmon.indicator.domain.Frequency;
import io.planmon.indicator.domain.Submission;
import io.planmon.indicator.domain.SubmissionItem;
import io.planmon.indicator.domain.SubmissionStep;
import io.planmon.indicator.service.SubmissionQueries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A department's submission of one period's figures: where it stands, who took the latest step and when; read one by
 * one, every step with its comment and the figures it was about.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionView(
        long id,
        String department,
        String period,
        Frequency frequency,
        Submission.State state,
        String changedBy,
        Instant changedAt,
        List<Step> steps) {

    /** One step: what was done (named by the state it led to), by whom, from which department, when and why. */
    public record Step(
            Submission.State action,
            Submission.State previousState,
            String by,
            String department,
            String comment,
            Instant at,
            List<Figure> values) {}

    /** A figure as the step found it; value and revision null when the department had sent none. */
    public record Figure(String indicator, BigDecimal value, Integer revision) {}

    static SubmissionView of(Submission s) {
        return new SubmissionView(s.id, s.department, s.period, s.frequency, s.state, s.changedBy, s.changedAt, null);
    }

    static SubmissionView of(SubmissionQueries.History h) {
        Submission s = h.submission();
        List<Step> steps = h.steps().stream()
                .map(st -> step(st, h.items().getOrDefault(st.id, List.of())))
                .toList();
        return new SubmissionView(s.id, s.department, s.period, s.frequency, s.state, s.changedBy, s.changedAt, steps);
    }

    private static Step step(SubmissionStep st, List<SubmissionItem> items) {
        return new Step(
                st.action,
                st.previousState,
                st.actor,
                st.actorDepartment,
                st.comment,
                st.recordedAt,
                items.stream()
                        .map(i -> new Figure(i.indicatorCode, EvaluationView.strip(i.value), i.revision))
                        .toList());
    }
}
