package io.planmon.notification.domain.alert;

/** What happened to an alert: the reason a notification is sent. */
public enum Change {
    FIRED,
    /** Still failing in a later period (a reminder; rules with a longer hold hear of it from here on). */
    CONTINUED,
    SEVERITY_CHANGED,
    ACKNOWLEDGED,
    ESCALATED,
    SILENCED,
    UNSILENCED,
    RESOLVED,
    DIGEST
}
