-- Wakes every instance's outbox relay at once when outbox rows commit (io.planmon.kit.outbox.OutboxListener): one
-- notification per inserting statement, on the channel of this schema, delivered by PostgreSQL only at commit
-- (identical notifications of one transaction are folded into one).
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('planmon_outbox_' || tg_table_schema, '');
    return null;
end
$$;

create trigger outbox_event_notify after insert on outbox_event
    for each statement execute function outbox_event_notify();
