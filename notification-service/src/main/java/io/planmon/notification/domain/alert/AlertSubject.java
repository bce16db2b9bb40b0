package io.planmon.notification.domain.alert;

/**
 * What an alert is about, as the event that raised it names it: the subject and where it belongs in the plan.
 *
 * @param code the subject as people name it (indicator code, task code such as T50-02): part of the alert's identity
 * @param link where the public API shows the subject (tasks are addressed by id there)
 */
public record AlertSubject(
        SubjectType type, String code, String name, String link, String department, String area, Integer article) {

    public static AlertSubject indicator(String code, String name, String department, String area, Integer article) {
        return new AlertSubject(
                SubjectType.INDICATOR, code, name, SubjectType.INDICATOR.link(code), department, area, article);
    }

    /**
     * A task is named by its code, which task-service keeps unique and unchangeable; the link stays on the id, which
     * is how the tasks API addresses a task. An event without a code (none is published so) falls back to the id
     * rather than being dropped.
     */
    public static AlertSubject task(long id, String code, String title, String department, int article) {
        String name = code == null || code.isBlank() ? Long.toString(id) : code;
        return new AlertSubject(
                SubjectType.TASK, name, title, SubjectType.TASK.link(Long.toString(id)), department, null, article);
    }
}
