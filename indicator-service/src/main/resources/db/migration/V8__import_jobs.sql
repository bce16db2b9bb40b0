-- Asynchronous imports (POST /api/v1/observations?async=true): the job, its spooled rows in chunks, its rejected rows.
create table import_job (
    id                  uuid primary key,
    submitted_by        varchar(128) not null,          -- the client id of a department system, else the user name
    submitter_department varchar(64),
    submitter_roles     varchar(200) not null,          -- comma-separated realm roles, to write with the submitter's rights
    format              varchar(8)   not null check (format in ('JSON', 'CSV')),
    dry_run             boolean      not null,
    state               varchar(16)  not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    rows_total          int not null default 0,
    rows_done           int not null default 0,
    rows_imported       int not null default 0,
    rows_updated        int not null default 0,
    rows_unchanged      int not null default 0,
    rows_rejected       int not null default 0,
    chunks_total        int not null default 0,
    next_chunk          int not null default 0,         -- the first chunk not yet committed: where a resumed job goes on
    -- The chunk being applied and since when (the worker's clock, as the revisions it writes): if the worker dies
    -- before the chunk's progress commits, the job resumes it, and the rows of it whose revisions were already
    -- committed by the interrupted attempt are counted, not applied again.
    inflight_chunk      int,
    inflight_started_at timestamp with time zone,
    claims              int not null default 0,         -- how often a worker took the job up (1 unless it was resumed)
    claimed_by          varchar(64),
    lease_until         timestamp with time zone,       -- a RUNNING job whose lease has passed lost its worker
    failure             text,
    created_at          timestamp with time zone not null,
    started_at          timestamp with time zone,
    finished_at         timestamp with time zone
);
-- The worker's claim: the oldest job waiting, or running without a live worker.
create index import_job_claimable on import_job (created_at) where state in ('QUEUED', 'RUNNING');

-- The rows as received, parsed and split into chunks; deleted when the job ends.
create table import_job_chunk (
    job_id     uuid not null references import_job (id) on delete cascade,
    seq        int  not null,
    row_count  int  not null,
    rows       text not null,                         -- JSON array of [index, indicator, period, value, note, field, problem]
    primary key (job_id, seq)
);

create table import_job_rejected (
    job_id     uuid not null references import_job (id) on delete cascade,
    row_index  int  not null,                         -- the row's position in the whole import, from 0
    indicator  text,                                  -- as sent: a rejected row's text may fit no column of the catalogue
    period     text,
    field      text,
    message    text not null,
    primary key (job_id, row_index)
);
