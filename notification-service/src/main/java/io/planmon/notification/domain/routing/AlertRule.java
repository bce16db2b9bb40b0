package io.planmon.notification.domain.routing;

import io.planmon.notification.domain.IdentityEntity;
import io.planmon.notification.domain.alert.Alert;
import io.planmon.notification.domain.alert.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Routes the alerts it matches to its receivers once they held for {@code holdPeriods} consecutive periods. */
@Entity
@Table(name = "alert_rule")
public class AlertRule extends IdentityEntity {
    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity minSeverity = Severity.INFO;

    public String area;
    public String department;
    public String subject;
    public String condition;

    @Column(nullable = false)
    public int holdPeriods = 1;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Long> receiverIds = new ArrayList<>();

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(nullable = false)
    public Instant createdAt;

    /**
     * Matches the alert's severity, area, department, subject and condition, and the alert has been at {@code
     * minSeverity} or worse for {@code holdPeriods} consecutive periods up to its latest.
     */
    public boolean routes(Alert alert) {
        return enabled
                && alert.severity.atLeast(minSeverity)
                && same(area, alert.area)
                && same(department, alert.department)
                && same(subject, alert.subjectCode)
                && same(condition, alert.condition.name())
                && alert.heldFor(minSeverity) >= holdPeriods;
    }

    private static boolean same(String matcher, String value) {
        return matcher == null || matcher.equals(value);
    }
}
