package io.planmon.notification.domain.alert;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one event says about one alert identity: the condition holds with {@code severity}, or (severity null) it
 * cleared. Periods of one frequency compare as text ("2026Q1" < "2026Q2"), which the engine relies on. Built from an
 * event by {@link #of} and the {@code with…} steps, never by the positional constructor.
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

    /** The condition holds for the subject at {@code severity} in {@code period} (null: a subject without periods). */
    public static Signal of(AlertSubject subject, Condition condition, Severity severity, String period) {
        return new Signal(subject, condition, severity, period, null, Map.of(), null, null);
    }

    /** The condition cleared for the subject. */
    public static Signal cleared(AlertSubject subject, Condition condition, String period) {
        return of(subject, condition, null, period);
    }

    /** The same signal with the status the event reported ({@code OFF_TRACK}, {@code DATA_OVERDUE}, …). */
    public Signal withStatus(String text) {
        return new Signal(subject, condition, severity, period, text, numbers, reason, reasonEn);
    }

    /** The same signal with the numbers behind it, name/value pairs, leaving out nulls; decimals keep their scale. */
    public Signal withNumbers(Object... pairs) {
        Map<String, String> text = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value != null) {
                text.put((String) pairs[i], value instanceof BigDecimal d ? d.toPlainString() : value.toString());
            }
        }
        return new Signal(subject, condition, severity, period, status, text, reason, reasonEn);
    }

    /** The same signal with the reason in Chinese and in English. */
    public Signal withReason(String zh, String en) {
        return new Signal(subject, condition, severity, period, status, numbers, zh, en);
    }

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
