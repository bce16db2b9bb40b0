package io.planmon.notification.domain;

/** How urgent an alert is, in rising order (SPEC.md "Alerts"). */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
