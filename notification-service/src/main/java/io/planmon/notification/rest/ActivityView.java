package io.planmon.notification.rest;

import io.planmon.notification.domain.activity.Activity;
import java.time.Instant;

/** A feed entry as the API shows it. */
public record ActivityView(
        long id,
        String eventId,
        String eventType,
        String subject,
        String department,
        String summary,
        String summaryEn,
        Instant occurredAt,
        Instant recordedAt) {

    static ActivityView of(Activity a) {
        return new ActivityView(
                a.id,
                a.eventId,
                a.eventType,
                a.subject,
                a.department,
                a.summary,
                a.summaryEn,
                a.occurredAt,
                a.recordedAt);
    }
}
