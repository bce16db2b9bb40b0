-- The indicator catalogue and the observations departments push, with every revision kept.
create table indicator (
    code             varchar(64) primary key,
    name             varchar(200) not null,
    name_en          varchar(200) not null,
    area             varchar(64)  not null,
    article          int          not null check (article between 1 and 50),
    unit             varchar(32)  not null,
    frequency        varchar(16)  not null check (frequency in ('ANNUAL', 'QUARTERLY', 'MONTHLY')),
    polarity         varchar(16)  not null check (polarity in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    owner_department varchar(64)  not null,
    target_kind      varchar(32)  not null,
    target_params    jsonb        not null default '{}'::jsonb,
    plan_sentence    text         not null
);
create index indicator_area on indicator (area);
create index indicator_owner on indicator (owner_department);

create table observation (
    id             bigint generated always as identity primary key,
    indicator_code varchar(64) not null references indicator (code),
    period         varchar(16) not null,
    value          numeric(20, 6) not null,
    revision       int not null,
    note           text,
    recorded_by    varchar(128) not null,
    recorded_at    timestamp with time zone not null,
    unique (indicator_code, period)
);

create table observation_revision (
    id             bigint generated always as identity primary key,
    observation_id bigint not null references observation (id),
    revision       int not null,
    value          numeric(20, 6) not null,
    previous_value numeric(20, 6),
    note           text,
    recorded_by    varchar(128) not null,
    recorded_at    timestamp with time zone not null,
    unique (observation_id, revision)
);
