package io.planmon.notification.rest;

import io.planmon.notification.domain.silence.Silence;
import java.time.Instant;

/** A silence as the API shows it; {@code active} is false once it expired or was deleted. */
public record SilenceView(
        long id,
        String subject,
        String condition,
        String department,
        String severity,
        String reason,
        String author,
        Instant createdAt,
        Instant expiresAt,
        Instant endedAt,
        boolean active) {

    static SilenceView of(Silence s) {
        return new SilenceView(
                s.id,
                s.subject,
                s.condition,
                s.department,
                s.severity,
                s.reason,
                s.author,
                s.createdAt,
                s.expiresAt,
                s.endedAt,
                s.endedAt == null);
    }
}
