-- The kit's tables exactly as every service creates them (indicator-service V1__outbox_and_inbox.sql, V9__outbox_notify.sql,
-- V11__retention_index.sql), for the kit's own tests.
create table outbox_event (
    id           bigint generated always as identity primary key,
    event_id     varchar(64)  not null unique,
    event_type   varchar(128) not null,
    topic        varchar(128) not null,
    message_key  varchar(128) not null,
    payload      text         not null,
    created_at   timestamp with time zone not null,
    published_at timestamp with time zone,
    attempts     int not null default 0,
    last_error   text
);
create index outbox_event_pending on outbox_event (id) where published_at is null;

create table processed_event (
    consumer     varchar(64) not null,
    event_id     varchar(64) not null,
    processed_at timestamp with time zone not null,
    primary key (consumer, event_id)
);

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

-- Retention prunes processed-event ids by age (io.planmon.kit.retention.Retention); published outbox rows go by id order.
create index processed_event_processed_at on processed_event (processed_at);
