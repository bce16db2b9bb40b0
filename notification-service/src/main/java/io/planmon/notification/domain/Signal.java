package io.planmon.notification.domain;

import java.util.Map;

/**
 * What one event says about one alert identity: the condition holds with {@code severity}, or (severity null) it
 * cleared. Periods of one frequency compare as text ("2026Q1" < "2026Q2"), which the engine relies on.
 *
 * @param subjectCode the subject as people name it (indicator code, task code such as T50-02): the alert's identity
 * @param link where the public API shows the subject (tasks are addressed by id there)
 */
public record Signal(
        SubjectType subjectType,
        String subjectCode,
        String subjectName,
        String link,
        Condition condition,
        Severity severity,
        String department,
        String area,
        Integer article,
        String period,
        String status,
        Map<String, String> numbers,
        String reason,
        String reasonEn) {

    public boolean clears() {
        return severity == null;
    }

    /** The same subject, cleared of {@code other}. */
    public Signal clearing(Condition other) {
        return new Signal(
                subjectType,
                subjectCode,
                subjectName,
                link,
                other,
                null,
                department,
                area,
                article,
                period,
                status,
                numbers,
                reason,
                reasonEn);
    }

    public String identity() {
        return identity(subjectType, subjectCode, condition);
    }

    /** The alert identity a signal is about, and the advisory lock's name for it. */
    public static String identity(SubjectType type, String code, Condition condition) {
        return type + ":" + code + ":" + condition;
    }
}
