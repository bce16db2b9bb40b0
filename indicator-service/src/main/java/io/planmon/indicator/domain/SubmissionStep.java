package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public Long submissionId;

    /** The step, named by the state it leads to. */
    @Enumerated(EnumType.STRING)
    public Submission.State action;

    @Enumerated(EnumType.STRING)
    public Submission.State previousState;

    @Enumerated(EnumType.STRING)
    public Submission.State state;

    public String actor;

    public String actorDepartment;

    public String comment;

    public Instant recordedAt;
}
