-- The change marks of the tables a value change writes in bulk, once per statement instead of once per row
-- (docs/performance.md, ingest): a 500-row batch writes 500 values, 500 revisions and 500 evaluations, and a row
-- trigger ran the PL/pgSQL function (and queued an after-trigger event) 1,500 times for what is one mark per
-- transaction. A statement trigger sees the statement's rows as a transition table and marks only when there is
-- one; an UPDATE that changes nothing in a row still marks (a row trigger's "old is distinct from new" cannot be
-- asked of a whole statement) — a spurious new version costs a reader one full read, never a stale one.
create function mark_change_of_rows() returns trigger language plpgsql as $$
declare
    flag text := 'planmon.changed_' || tg_argv[0];
begin
    if coalesce(current_setting(flag, true), '') <> 'y' and exists (select 1 from changed_rows) then
        insert into change_mark (name) values (tg_argv[0]);
        perform set_config(flag, 'y', true); -- true: until the end of this transaction only
    end if;
    return null;
end
$$;

drop trigger observation_changes_iud on observation;
drop trigger observation_changes_u on observation;
drop trigger observation_revision_changes_iud on observation_revision;
drop trigger observation_revision_changes_u on observation_revision;
drop trigger evaluation_changes_iud on evaluation;
drop trigger evaluation_changes_u on evaluation;
drop trigger evaluation_status_change_changes_iud on evaluation_status_change;
drop trigger evaluation_status_change_changes_u on evaluation_status_change;

-- A trigger with a transition table answers one kind of event, hence three per table.
create trigger observation_changes_i after insert on observation referencing new table as changed_rows
    for each statement execute function mark_change_of_rows('indicators');
create trigger observation_changes_u after update on observation referencing new table as changed_rows
    for each statement execute function mark_change_of_rows('indicators');
create trigger observation_changes_d after delete on observation referencing old table as changed_rows
    for each statement execute function mark_change_of_rows('indicators');
create trigger observation_revision_changes_i after insert on observation_revision referencing new table as changed_rows
    for each statement execute function mark_change_of_rows('indicators');
create trigger observation_revision_changes_u after update on observation_revision referencing new table as changed_rows
    for each statement execute function mark_change_of_rows('indicators');
create trigger observation_revision_changes_d after delete on observation_revision referencing old table as changed_rows
    for each statement execute function mark_change_of_rows('indicators');
create trigger evaluation_changes_i after insert on evaluation referencing new table as changed_rows
    for each statement execute function mark_change_of_rows('indicators');
create trigger evaluation_changes_u after update on evaluation referencing new table as changed_rows
    for each statement execute function mark_change_of_rows('indicators');
create trigger evaluation_changes_d after delete on evaluation referencing old table as changed_rows
    for each statement execute function mark_change_of_rows('indicators');
create trigger evaluation_status_change_changes_i after insert on evaluation_status_change referencing new table as changed_rows
    for each statement execute function mark_change_of_rows('indicators');
create trigger evaluation_status_change_changes_u after update on evaluation_status_change referencing new table as changed_rows
    for each statement execute function mark_change_of_rows('indicators');
create trigger evaluation_status_change_changes_d after delete on evaluation_status_change referencing old table as changed_rows
    for each statement execute function mark_change_of_rows('indicators');
