package io.planmon.notification.domain.alert;

/** The lifecycle FIRING → ACKNOWLEDGED → RESOLVED; a silence is shown beside the state, it is not one. */
public enum AlertState {
    FIRING,
    ACKNOWLEDGED,
    RESOLVED;

    public boolean open() {
        return this != RESOLVED;
    }
}
