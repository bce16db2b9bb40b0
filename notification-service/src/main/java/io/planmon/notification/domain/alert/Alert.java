package io.planmon.notification.domain.alert;

import io.planmon.notification.domain.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One episode of a condition on a subject: everything a reader needs, without another call. */
@Entity
@Table(name = "alert")
public class Alert extends IdentityEntity {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubjectType subjectType;

    @Column(nullable = false)
    public String subjectCode;

    public String subjectName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Condition condition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertState state;

    public String department;
    public String area;
    public Integer article;
    public String period;

    public String firstPeriod;

    /** Consecutive periods the condition has held up to {@code period}, from {@code firstPeriod}, at any severity. */
    @Column(nullable = false)
    public int periods;

    /** Of those, how many up to {@code period} were at WARNING or worse (see {@link AlertTiming}). */
    @Column(nullable = false)
    public int warningPeriods;

    /** Of those, how many up to {@code period} were CRITICAL. */
    @Column(nullable = false)
    public int criticalPeriods;

    public String status;

    /** The numbers behind the alert, as exact decimal text (value, expected, gap, …). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> numbers = new LinkedHashMap<>();

    public String reason;

    public String reasonEn;

    @Column(nullable = false)
    public String link;

    public Long silencedBy;

    @Column(nullable = false)
    public Instant firedAt;

    /** When the alert last became CRITICAL; null below CRITICAL. Escalation counts from here. */
    public Instant criticalSince;

    @Column(nullable = false)
    public Instant updatedAt;

    public Instant acknowledgedAt;

    public String acknowledgedBy;

    public String ackComment;

    public Instant escalatedAt;

    public Instant resolvedAt;

    public boolean silenced() {
        return silencedBy != null;
    }

    /** Takes what a signal of the condition says now: its severity, period, status, numbers and reason. */
    public void take(Signal s) {
        if (s.subjectName() != null) {
            subjectName = s.subjectName();
        }
        department = s.department();
        area = s.subject().area() != null ? s.subject().area() : area;
        article = s.subject().article() != null ? s.subject().article() : article;
        period = s.period() != null ? s.period() : period;
        severity = s.severity();
        status = s.status();
        numbers = new LinkedHashMap<>(s.numbers());
        reason = s.reason();
        reasonEn = s.reasonEn();
    }

    /** Consecutive periods up to the latest one in which the alert was at {@code severity} or worse. */
    public int heldFor(Severity severity) {
        return switch (severity) {
            case INFO -> periods;
            case WARNING -> warningPeriods;
            case CRITICAL -> criticalPeriods;
        };
    }
}
