package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a submission, kept for good: who took it, from which department, when, and what they said. */
@Entity
@Table(name = "submission_step")
public class SubmissionStep extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "submission_id")
    public Long submissionId;

    /** The step, named by the state it leads to. */
    @Enumerated(EnumType.STRING)
    public Submission.State action;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_state")
    public Submission.State previousState;

    @Enumerated(EnumType.STRING)
    public Submission.State state;

    public String actor;

    @Column(name = "actor_department")
    public String actorDepartment;

    public String comment;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
