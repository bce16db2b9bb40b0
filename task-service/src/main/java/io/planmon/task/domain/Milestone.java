package io.planmon.task.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A dated step of a task; a progress report marks it reached. */
@Entity
@Table(name = "milestone")
public class Milestone extends IdentityEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    public Task task;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String titleEn;

    @Column(name = "due_date", nullable = false)
    public LocalDate due;

    public LocalDate reachedOn;

    public boolean reached() {
        return reachedOn != null;
    }
}
