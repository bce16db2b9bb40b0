package io.planmon.indicator.domain;

/**
 * How far a figure has come: APPROVED by the monitoring office (its period is locked), SUBMITTED by its department and
 * awaiting review, or still PROVISIONAL (never submitted, returned, or reopened). A period without a value has none.
 */
public enum Approval {
    APPROVED,
    SUBMITTED,
    PROVISIONAL;

    /** @param state the state of the figure's unit, null when it was never submitted */
    public static Approval of(Submission.State state) {
        if (state == Submission.State.APPROVED) {
            return APPROVED;
        }
        return state == Submission.State.SUBMITTED ? SUBMITTED : PROVISIONAL;
    }
}
