package io.planmon.notification.domain.routing;

import io.planmon.notification.domain.IdentityEntity;
import io.planmon.notification.domain.alert.Alert;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A webhook or a mailbox; with a department it hears only that department's alerts, without one all of them. */
@Entity
@Table(name = "receiver")
public class Receiver extends IdentityEntity {
    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReceiverKind kind;

    public String url;

    /** The HMAC-SHA256 key of a webhook; written, never shown. */
    public String secret;

    public String email;
    public String department;

    /** Whether unacknowledged CRITICAL alerts escalate to this receiver. */
    @Column(nullable = false)
    public boolean escalation;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(nullable = false)
    public Instant createdAt;

    /** A department receiver hears only its own department's alerts. */
    public boolean hears(Alert alert) {
        return enabled && (department == null || department.equals(alert.department));
    }
}
