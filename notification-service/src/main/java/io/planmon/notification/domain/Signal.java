package io.planmon.notification.domain;

import java.util.Map;

/**
 * What one event says about one alert identity: the condition holds with {@code severity}, or (severity null) it
 * cleared. Periods of one frequency compare as text ("2026Q1" < "2026Q2"), which the engine relies on.
 */
public record Signal(
        AlertSubject subject,
        Condition condition,
        Severity severity,
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
        return new Signal(subject, other, null, period, status, numbers, reason, reasonEn);
    }

    public SubjectType subjectType() {
        return subject.type();
    }

    public String subjectCode() {
        return subject.code();
    }

    public String subjectName() {
        return subject.name();
    }

    public String department() {
        return subject.department();
    }

    public String identity() {
        return identity(subject.type(), subject.code(), condition);
    }

    /** The alert identity a signal is about, and the advisory lock's name for it. */
    public static String identity(SubjectType type, String code, Condition condition) {
        return type + ":" + code + ":" + condition;
    }
}
