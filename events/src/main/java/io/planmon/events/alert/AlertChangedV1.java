package io.planmon.events.alert;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * An alert fired, was acknowledged, silenced, escalated or resolved.
 *
 * @param link the subject in the public API, so that a reader needs no other call
 * @param change what happened: FIRED, CONTINUED, SEVERITY_CHANGED, ACKNOWLEDGED, ESCALATED, SILENCED, UNSILENCED,
 *     RESOLVED or DIGEST; added last and absent (null) in events written before it, which consumers ignore or read
 *     as unknown
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
        String change) {}
