package io.planmon.notification.domain;

import java.util.Map;

/**
 * What one event says about one alert identity: the condition holds with {@code severity}, or (severity null) it
 * cleared. Periods of one frequency compare as text ("2026Q1" < "2026Q2"), which the engine relies on.
 */
public record Signal(
        SubjectType subjectType,
        String subjectCode,
        String subjectName,
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
        return subjectType + ":" + subjectCode + ":" + condition;
    }
}
