package io.planmon.notification.domain.silence;

import io.planmon.notification.domain.IdentityEntity;
import io.planmon.notification.domain.alert.Alert;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Mutes notifications of the alerts it matches until it expires; the alerts themselves are kept and shown. */
@Entity
@Table(name = "silence")
public class Silence extends IdentityEntity {
    public String subject;
    public String condition;
    public String department;
    public String severity;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant expiresAt;

    public Instant endedAt;

    /** Every matcher that is set must equal the alert's value; unset matchers match anything. */
    public boolean matches(Alert alert) {
        return same(subject, alert.subjectCode)
                && same(condition, alert.condition.name())
                && same(department, alert.department)
                && same(severity, alert.severity.name());
    }

    public boolean activeAt(Instant now) {
        return endedAt == null && expiresAt.isAfter(now);
    }

    private static boolean same(String matcher, String value) {
        return matcher == null || matcher.equals(value);
    }
}
