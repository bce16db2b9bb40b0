package io.planmon.notification.domain.alert;

/** How urgent an alert is, in rising order (docs/spec.md#alerts). */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
