package io.planmon.events.submission;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A step of a department's submission of one period's figures: submitted, approved, returned with a comment, or
 * reopened with a reason. The unit is the department's indicators of the period's frequency; {@code values} are the
 * figures the step is about (those submitted, approved or reopened), a missing one with a null value.
 *
 * @param action SUBMITTED, APPROVED, RETURNED or REOPENED
 * @param previousState the state before the step (null for a first submission)
 * @param state the state after it: SUBMITTED, APPROVED, RETURNED or REOPENED
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubmissionChangedV1(
        long submissionId,
        String department,
        String period,
        String frequency,
        String action,
        String previousState,
        String state,
        String by,
        String comment,
        Instant at,
        List<Value> values) {

    /** One figure of the unit: its indicator, its value and revision (null when the department sent none). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Value(String indicatorCode, BigDecimal value, Integer revision) {}
}
