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

insert into change_counter (name) values ('tasks');
-- Everything the task reads show: articles, departments, tasks with their milestones, reports and linked statuses.
create trigger chapter_changes_iud after insert or delete on chapter for each row execute function mark_change('tasks');
create trigger chapter_changes_u after update on chapter for each row when (old.* is distinct from new.*)
    execute function mark_change('tasks');
create trigger article_changes_iud after insert or delete on article for each row execute function mark_change('tasks');
create trigger article_changes_u after update on article for each row when (old.* is distinct from new.*)
    execute function mark_change('tasks');
create trigger department_changes_iud after insert or delete on department for each row execute function mark_change('tasks');
create trigger department_changes_u after update on department for each row when (old.* is distinct from new.*)
    execute function mark_change('tasks');
create trigger task_changes_iud after insert or delete on task for each row execute function mark_change('tasks');
create trigger task_changes_u after update on task for each row when (old.* is distinct from new.*)
    execute function mark_change('tasks');
create trigger task_co_department_changes_iud after insert or delete on task_co_department for each row execute function mark_change('tasks');
create trigger task_co_department_changes_u after update on task_co_department for each row when (old.* is distinct from new.*)
    execute function mark_change('tasks');
create trigger task_indicator_changes_iud after insert or delete on task_indicator for each row execute function mark_change('tasks');
create trigger task_indicator_changes_u after update on task_indicator for each row when (old.* is distinct from new.*)
    execute function mark_change('tasks');
create trigger milestone_changes_iud after insert or delete on milestone for each row execute function mark_change('tasks');
create trigger milestone_changes_u after update on milestone for each row when (old.* is distinct from new.*)
    execute function mark_change('tasks');
create trigger progress_report_changes_iud after insert or delete on progress_report for each row execute function mark_change('tasks');
create trigger progress_report_changes_u after update on progress_report for each row when (old.* is distinct from new.*)
    execute function mark_change('tasks');
create trigger indicator_status_changes_iud after insert or delete on indicator_status for each row execute function mark_change('tasks');
create trigger indicator_status_changes_u after update on indicator_status for each row when (old.* is distinct from new.*)
    execute function mark_change('tasks');
