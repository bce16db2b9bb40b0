package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitter_department")
    public String submitterDepartment;

    @Column(name = "submitter_roles")
    public String submitterRoles;

    public String format;

    @Column(name = "dry_run")
    public boolean dryRun;

    @Enumerated(EnumType.STRING)
    public State state;

    @Column(name = "rows_total")
    public int rowsTotal;

    @Column(name = "rows_done")
    public int rowsDone;

    @Column(name = "rows_imported")
    public int rowsImported;

    @Column(name = "rows_updated")
    public int rowsUpdated;

    @Column(name = "rows_unchanged")
    public int rowsUnchanged;

    @Column(name = "rows_rejected")
    public int rowsRejected;

    @Column(name = "chunks_total")
    public int chunksTotal;

    @Column(name = "next_chunk")
    public int nextChunk;

    public int claims;

    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    public String failure;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }
}
