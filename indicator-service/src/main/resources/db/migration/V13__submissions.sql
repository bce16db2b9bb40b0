-- Submission and approval of a department's figures per period (issue #14, docs/governance.md).
-- The unit is (department, period): the department's indicators of the period's frequency. One row per unit with its
-- current state; every step (submitted, approved, returned, reopened) is kept with who, when and the comment, and a
-- submission step keeps the figures it submitted (a missing one with a null value).
create table submission (
    id         bigint generated always as identity primary key,
    department varchar(64) not null,
    period     varchar(16) not null,
    frequency  varchar(16) not null check (frequency in ('ANNUAL', 'QUARTERLY', 'MONTHLY')),
    state      varchar(16) not null check (state in ('SUBMITTED', 'APPROVED', 'RETURNED', 'REOPENED')),
    changed_by varchar(128) not null,                 -- the latest step's, read by the lock's 409
    changed_at timestamp with time zone not null,
    unique (department, period)
);
create index submission_state on submission (state);

create table submission_step (
    id                bigint generated always as identity primary key,
    submission_id     bigint not null references submission (id),
    action            varchar(16) not null check (action in ('SUBMITTED', 'APPROVED', 'RETURNED', 'REOPENED')),
    previous_state    varchar(16),
    state             varchar(16) not null,
    actor             varchar(128) not null,
    actor_department  varchar(64),
    comment           text,
    recorded_at       timestamp with time zone not null
);
create index submission_step_submission on submission_step (submission_id);

create table submission_item (
    id             bigint generated always as identity primary key,
    step_id        bigint not null references submission_step (id),
    indicator_code varchar(64) not null references indicator (code),
    value          numeric(20, 6),                     -- null: no value was there when submitted
    revision       int,
    unique (step_id, indicator_code)
);

-- The approval state is part of what the indicator reads show (evaluations carry it): same change counter.
create trigger submission_changes_iud after insert or delete on submission for each row execute function mark_change('indicators');
create trigger submission_changes_u after update on submission for each row when (old.* is distinct from new.*)
    execute function mark_change('indicators');
create trigger submission_step_changes_iud after insert or delete on submission_step for each row execute function mark_change('indicators');
create trigger submission_item_changes_iud after insert or delete on submission_item for each row execute function mark_change('indicators');
