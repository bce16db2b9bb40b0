package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An asynchronous import: who sent it, how far its worker has come, and what it did (V8 import_job). */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    /** QUEUED until a worker takes it up, RUNNING while chunks are applied, then DONE or FAILED for good. */
    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    @Id
    public UUID id;

    public String submittedBy;

    public String submitterDepartment;

    public String submitterRoles;

    public String format;

    public boolean dryRun;

    @Enumerated(EnumType.STRING)
    public State state;

    public int rowsTotal;

    public int rowsDone;

    public int rowsImported;

    public int rowsUpdated;

    public int rowsUnchanged;

    public int rowsRejected;

    public int chunksTotal;

    public int nextChunk;

    public int claims;

    public String claimedBy;

    public Instant leaseUntil;

    public String failure;

    public Instant createdAt;

    public Instant startedAt;

    public Instant finishedAt;

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }
}
