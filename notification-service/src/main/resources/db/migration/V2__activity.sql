-- The feed of recent plan updates: one row per consumed event, described in Chinese and English.
create table activity (
    id          bigint generated always as identity primary key,
    event_id    varchar(64)  not null unique,
    event_type  varchar(128) not null,
    subject     varchar(128) not null,
    department  varchar(64),
    summary     varchar(512) not null,
    summary_en  varchar(512) not null,
    occurred_at timestamp with time zone not null,
    recorded_at timestamp with time zone not null
);
-- The feed is read newest first, overall or for one subject.
create index activity_newest on activity (occurred_at desc, id desc);
create index activity_subject_newest on activity (subject, occurred_at desc, id desc);
