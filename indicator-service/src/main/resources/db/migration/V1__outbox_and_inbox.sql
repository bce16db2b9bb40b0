-- The service kit's tables: the transactional outbox and the idempotent-consumer inbox.
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
