-- Evaluations per (indicator, period) with their status history, target changes, remembered warnings and
-- overdue notices; per-indicator overrides of the bands, the due date and the value range.
alter table indicator add column target_bands jsonb;                      -- null: the default bands
alter table indicator add column due_days int check (due_days > 0);      -- null: 90 / 30 / 20 by frequency
alter table indicator add column value_min numeric(20, 6);               -- both null: derived from the unit
alter table indicator add column value_max numeric(20, 6);

create table evaluation (
    id              bigint generated always as identity primary key,
    indicator_code  varchar(64) not null references indicator (code),
    period          varchar(16) not null,
    value           numeric(20, 6),                                      -- null while DATA_OVERDUE
    status          varchar(32) not null,
    expected        numeric(20, 6),
    gap             numeric(20, 6),
    reference_value numeric(20, 6),
    progress_ratio  numeric(20, 6),
    reason          text not null,
    reason_en       text not null,
    evaluated_at    timestamp with time zone not null,
    unique (indicator_code, period)
);
create index evaluation_status on evaluation (status);

create table evaluation_status_change (
    id              bigint generated always as identity primary key,
    indicator_code  varchar(64) not null references indicator (code),
    period          varchar(16) not null,
    previous_status varchar(32),
    status          varchar(32) not null,
    reason          text not null,
    reason_en       text not null,
    changed_at      timestamp with time zone not null
);
create index evaluation_status_change_indicator on evaluation_status_change (indicator_code, period);

create table target_change (
    id              bigint generated always as identity primary key,
    indicator_code  varchar(64) not null references indicator (code),
    previous_kind   varchar(32) not null,
    previous_params jsonb       not null,
    previous_bands  jsonb,
    kind            varchar(32) not null,
    params          jsonb       not null,
    bands           jsonb,
    changed_by      varchar(128) not null,
    changed_at      timestamp with time zone not null
);
create index target_change_indicator on target_change (indicator_code);

-- Whether the early warning is up, so that it is announced when it appears and not on every evaluation.
create table projection_state (
    indicator_code varchar(64) primary key references indicator (code),
    early_warning  boolean not null,
    updated_at     timestamp with time zone not null
);

-- What the due-date scan announced: DATA_OVERDUE is published once per (indicator, period).
create table overdue_notice (
    id             bigint generated always as identity primary key,
    indicator_code varchar(64) not null references indicator (code),
    period         varchar(16) not null,
    due_date       date        not null,
    announced_at   timestamp with time zone not null,
    unique (indicator_code, period)
);

-- Amounts of the goal indicators cannot be negative (percentages get their range from the unit, see ValueRange).
update indicator set value_min = 0 where code in ('GDP_PER_CAPITA', 'CARBON_EMISSIONS', 'MAJOR_POLLUTANTS');
