package io.planmon.notification.service.alert;

import io.planmon.events.alert.AlertChangedV1;
import io.planmon.notification.domain.alert.Alert;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An alert as the API, the webhook body and the SSE stream show it: everything a reader needs without another call.
 * Numbers are JSON numbers, dates stay text. {@code self} is where the API shows this alert ({@code GET
 * /api/v1/alerts/{id}}), {@code link} where it shows the alert's subject.
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
        String self,
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
        return of(AlertEvents.state(a));
    }

    /**
     * The alert as an {@code alert.changed} event of its full state carries it: the same view that was built from the
     * entity when the change was made ({@code updatedAt} is the change's time).
     */
    public static AlertView of(AlertChangedV1 e) {
        return new AlertView(
                e.alertId(),
                e.subjectType(),
                e.subjectCode(),
                e.subjectName(),
                e.condition(),
                e.severity(),
                e.state(),
                e.department(),
                e.area(),
                e.article(),
                e.period(),
                e.firstPeriod(),
                e.periods() == null ? 1 : e.periods(),
                e.status(),
                numbers(e.numbers() == null ? Map.of() : e.numbers()),
                e.reason(),
                e.reasonEn(),
                self(e.alertId()),
                e.link(),
                e.silencedBy() != null,
                e.silencedBy(),
                e.escalatedAt() != null,
                e.firedAt(),
                e.changedAt(),
                e.acknowledgedAt(),
                e.acknowledgedBy(),
                e.ackComment(),
                e.escalatedAt(),
                e.resolvedAt());
    }

    /** The alert's own address in the API, which every notification links to. */
    public static String self(long id) {
        return "/api/v1/alerts/" + id;
    }

    private static Map<String, Object> numbers(Map<String, String> text) {
        Map<String, Object> numbers = new LinkedHashMap<>();
        text.forEach((k, v) -> numbers.put(k, number(v)));
        return numbers;
    }

    private static Object number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
