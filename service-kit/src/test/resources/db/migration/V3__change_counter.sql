-- The tables of the kit's change counters (io.planmon.kit.http.ChangeCounters), as the services create them (e.g.
-- task-service V7__change_counter.sql), without any counter: the scheduled fold then finds nothing to do instead of
-- failing every second.
create table change_counter (
    name       varchar(32) primary key,
    folded     bigint not null default 0,
    changed_at timestamp with time zone
);

create table change_mark (
    id         bigint generated always as identity primary key,
    name       varchar(32) not null,
    changed_at timestamp with time zone not null default clock_timestamp()
);
create index change_mark_name on change_mark (name);
