package io.planmon.notification.domain.alert;

/** What an alert is about, and where the public API shows it. */
public enum SubjectType {
    INDICATOR("/api/v1/indicators/"),
    TASK("/api/v1/tasks/");

    private final String path;

    SubjectType(String path) {
        this.path = path;
    }

    /** @param key how the subject's own service addresses it: the indicator code, the task id */
    public String link(String key) {
        return path + key;
    }
}
