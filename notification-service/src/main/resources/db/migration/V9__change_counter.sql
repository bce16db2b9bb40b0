-- Change counters (issue #12): the version behind the ETags and the read cache of the GET endpoints
-- (io.planmon.kit.http.ChangeCounters, docs/architecture.md "Conditional reads").
--
-- version(name) = change_counter.folded + the number of change_mark rows of that name. A write transaction that
-- touches a tracked table inserts ONE mark row (a row trigger, guarded by a transaction-local flag), in the same
-- transaction as its data: a reader sees the mark exactly when it sees the data, so a version never labels older
-- data. Why not one counter row bumped by a trigger: its row lock would be held from the first write to the commit,
-- serialising every writer of the schema (concurrent imports would queue on it, and a writer holding an indicator's
-- lock while waiting for the counter could deadlock with one holding the counter while waiting for that indicator).
-- Why not a sequence: nextval is visible before the commit, so a reader could cache the old data under the new
-- version and serve it until the next change. Inserting a row takes no shared lock; counting the marks is
-- order-independent, so commits in any order give a version that only grows. A scheduled fold
-- (ChangeCounters.fold) moves the marks into the counter in one statement, which leaves every version unchanged.
create table change_counter (
    name       varchar(32) primary key,
    folded     bigint not null default 0,
    changed_at timestamp with time zone
);

create table change_mark (
    id         bigint generated always as identity primary key,
    name       varchar(32) not null, -- no foreign key: its KEY SHARE lock would make every writer touch the counter row
    changed_at timestamp with time zone not null default clock_timestamp()
);
create index change_mark_name on change_mark (name);

-- A row trigger with the counter's name as argument: marks the transaction's first change of that counter.
create function mark_change() returns trigger language plpgsql as $$
declare
    flag text := 'planmon.changed_' || tg_argv[0];
begin
    if coalesce(current_setting(flag, true), '') <> 'y' then
        insert into change_mark (name) values (tg_argv[0]);
        perform set_config(flag, 'y', true); -- true: until the end of this transaction only
    end if;
    return null;
end
$$;

insert into change_counter (name) values ('alerts'), ('activity');
-- The alerts (list, summary) and the activity feed change independently: a value pushed adds to the feed
-- without touching the alerts' ETags. Deliveries are not tracked (their leases change every second).
create trigger alert_changes_iud after insert or delete on alert for each row execute function mark_change('alerts');
create trigger alert_changes_u after update on alert for each row when (old.* is distinct from new.*)
    execute function mark_change('alerts');
create trigger activity_changes_iud after insert or delete on activity for each row execute function mark_change('activity');
create trigger activity_changes_u after update on activity for each row when (old.* is distinct from new.*)
    execute function mark_change('activity');
