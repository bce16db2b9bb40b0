package io.planmon.task.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One progress report as it was sent: never changed, so the history of a task is the list of its reports. */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends IdentityEntity {
    @Column(nullable = false, updatable = false)
    public long taskId;

    @Column(nullable = false, updatable = false)
    public int percent;

    @Column(nullable = false, updatable = false)
    public int previousPercent;

    @Column(nullable = false, updatable = false)
    public String narrative;

    /** Why the percent went down, if it did. */
    @Column(updatable = false)
    public String note;

    @Column(updatable = false)
    public Long milestoneId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<String> evidence;

    @Column(updatable = false)
    public String department;

    @Column(nullable = false, updatable = false)
    public String reportedBy;

    @Column(nullable = false, updatable = false)
    public Instant reportedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public TaskStatus statusAfter;

    public static List<ProgressReport> history(long taskId) {
        return list("taskId = ?1 order by id", taskId);
    }
}
