package io.planmon.events.alert;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * An alert fired, was acknowledged, silenced, escalated or resolved.
 *
 * @param link the subject in the public API, so that a reader needs no other call
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
        Instant changedAt) {}
