package io.planmon.notification.domain.alert;

/**
 * What is wrong with a subject; with the subject it is the alert identity. STATUS covers an indicator AT_RISK or
 * OFF_TRACK and a task BEHIND or OVERDUE, so that a worsening raises the severity of one alert instead of opening a
 * second one.
 */
public enum Condition {
    STATUS,
    DATA_OVERDUE,
    PROJECTION_MISS,
    /**
     * A reminder: the value of a period is due soon and has not arrived. Made once per (indicator, period), heard by
     * the owning department's receivers whatever the rules, resolved by the value or by DATA_OVERDUE.
     */
    DATA_DUE_SOON;

    /** Whether an alert of this condition is made at most once per (subject, period), even after it resolved. */
    public boolean oncePerPeriod() {
        return this == DATA_DUE_SOON;
    }
}
