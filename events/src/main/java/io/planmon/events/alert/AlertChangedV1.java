package io.planmon.events.alert;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Map;

/**
 * An alert fired, was acknowledged, silenced, escalated or resolved.
 *
 * <p>The components after {@code change} were added later, so that a reader sees the whole alert as it was at this
 * change (what notification-service's API, webhooks and live stream show) without another call. Events written
 * before them have them null, and readers that do not know them ignore them.
 *
 * @param link the subject in the public API, so that a reader needs no other call
 * @param changedAt when the change was made (the alert's {@code updatedAt})
 * @param change what happened: FIRED, CONTINUED, SEVERITY_CHANGED, ACKNOWLEDGED, ESCALATED, SILENCED, UNSILENCED,
 *     RESOLVED or DIGEST; added last and absent (null) in events written before it, which consumers ignore or read
 *     as unknown
 * @param periods consecutive reporting periods the condition has held
 * @param numbers the numbers behind the alert as exact decimal text (value, expected, gap, percent, due, …)
 * @param silencedBy the silence that keeps the alert from receivers, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertChangedV1(
        long alertId,
        String subjectType,
        String subjectCode,
        String subjectName,
        String condition,
        String severity,
        String state,
        String department,
        Integer article,
        String period,
        String summary,
        String summaryEn,
        String link,
        Instant changedAt,
        String change,
        String area,
        String firstPeriod,
        Integer periods,
        String status,
        Map<String, String> numbers,
        String reason,
        String reasonEn,
        Long silencedBy,
        Instant firedAt,
        Instant acknowledgedAt,
        String acknowledgedBy,
        String ackComment,
        Instant escalatedAt,
        Instant resolvedAt) {

    /** The event as it was before the alert's full state was added: those components stay null. */
    public AlertChangedV1(
            long alertId,
            String subjectType,
            String subjectCode,
            String subjectName,
            String condition,
            String severity,
            String state,
            String department,
            Integer article,
            String period,
            String summary,
            String summaryEn,
            String link,
            Instant changedAt,
            String change) {
        this(
                alertId,
                subjectType,
                subjectCode,
                subjectName,
                condition,
                severity,
                state,
                department,
                article,
                period,
                summary,
                summaryEn,
                link,
                changedAt,
                change,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** Whether the event carries the alert's full state (events written before those components were added do not). */
    @JsonIgnore
    public boolean complete() {
        return firedAt != null;
    }
}
