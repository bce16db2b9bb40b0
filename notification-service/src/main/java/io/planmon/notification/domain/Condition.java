package io.planmon.notification.domain;

/**
 * What is wrong with a subject; with the subject it is the alert identity. STATUS covers an indicator AT_RISK or
 * OFF_TRACK and a task BEHIND or OVERDUE, so that a worsening raises the severity of one alert instead of opening a
 * second one.
 */
public enum Condition {
    STATUS,
    DATA_OVERDUE,
    PROJECTION_MISS
}
