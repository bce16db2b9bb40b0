package io.planmon.notification.service;

import io.planmon.notification.domain.Alert;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An alert as the API, the webhook body and the SSE stream show it: everything a reader needs without another call.
 * Numbers are JSON numbers, dates stay text.
 */
public record AlertView(
        long id,
        String subjectType,
        String subjectCode,
        String subjectName,
        String condition,
        String severity,
        String state,
        String department,
        String area,
        Integer article,
        String period,
        String firstPeriod,
        int periods,
        String status,
        Map<String, Object> numbers,
        String reason,
        String reasonEn,
        String link,
        boolean silenced,
        Long silencedBy,
        boolean escalated,
        Instant firedAt,
        Instant updatedAt,
        Instant acknowledgedAt,
        String acknowledgedBy,
        String ackComment,
        Instant escalatedAt,
        Instant resolvedAt) {

    public static AlertView of(Alert a) {
        Map<String, Object> numbers = new LinkedHashMap<>();
        a.numbers.forEach((k, v) -> numbers.put(k, number(v)));
        return new AlertView(
                a.id,
                a.subjectType.name(),
                a.subjectCode,
                a.subjectName,
                a.condition.name(),
                a.severity.name(),
                a.state.name(),
                a.department,
                a.area,
                a.article,
                a.period,
                a.firstPeriod,
                a.periods,
                a.status,
                numbers,
                a.reason,
                a.reasonEn,
                a.link,
                a.silenced(),
                a.silencedBy,
                a.escalatedAt != null,
                a.firedAt,
                a.updatedAt,
                a.acknowledgedAt,
                a.acknowledgedBy,
                a.ackComment,
                a.escalatedAt,
                a.resolvedAt);
    }

    private static Object number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
