-- Alerts: one row per (subject, condition) episode, from the first period it held until it resolved.
create table alert (
    id               bigint generated always as identity primary key,
    subject_type     varchar(16)  not null check (subject_type in ('INDICATOR', 'TASK')),
    subject_code     varchar(128) not null,
    subject_name     varchar(256),
    condition        varchar(32)  not null,
    severity         varchar(16)  not null check (severity in ('INFO', 'WARNING', 'CRITICAL')),
    state            varchar(16)  not null check (state in ('FIRING', 'ACKNOWLEDGED', 'RESOLVED')),
    department       varchar(64),
    area             varchar(64),
    article          int,
    period           varchar(16),
    first_period     varchar(16),
    periods          int          not null default 1,
    status           varchar(32),
    numbers          jsonb        not null default '{}',
    reason           varchar(1024),
    reason_en        varchar(1024),
    link             varchar(256) not null,
    silenced_by      bigint,
    fired_at         timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    acknowledged_at  timestamp with time zone,
    acknowledged_by  varchar(128),
    ack_comment      varchar(1024),
    escalated_at     timestamp with time zone,
    resolved_at      timestamp with time zone
);
-- Never two open alerts for one identity, even when two consumers race (the engine also locks the identity).
create unique index alert_open_identity on alert (subject_type, subject_code, condition) where state <> 'RESOLVED';
create index alert_newest on alert (updated_at desc, id desc);
create index alert_escalation on alert (fired_at) where state = 'FIRING' and severity = 'CRITICAL' and escalated_at is null;

-- Silences: matchers (null matches anything; at least one is set), why, who, until when.
create table silence (
    id          bigint generated always as identity primary key,
    subject     varchar(128),
    condition   varchar(32),
    department  varchar(64),
    severity    varchar(16),
    reason      varchar(1024) not null,
    author      varchar(128)  not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    ended_at    timestamp with time zone
);
create index silence_active on silence (expires_at) where ended_at is null;

-- Receivers: where notifications go. department null = the monitoring office (all departments).
create table receiver (
    id          bigint generated always as identity primary key,
    name        varchar(128) not null,
    kind        varchar(16)  not null check (kind in ('WEBHOOK', 'EMAIL')),
    url         varchar(1024),
    secret      varchar(256),
    email       varchar(256),
    department  varchar(64),
    escalation  boolean      not null default false,
    enabled     boolean      not null default true,
    created_at  timestamp with time zone not null
);

-- Rules: route alerts that match (null matches anything) and held for hold_periods periods to receivers.
create table alert_rule (
    id            bigint generated always as identity primary key,
    name          varchar(128) not null,
    min_severity  varchar(16)  not null default 'INFO' check (min_severity in ('INFO', 'WARNING', 'CRITICAL')),
    area          varchar(64),
    department    varchar(64),
    subject       varchar(128),
    condition     varchar(32),
    hold_periods  int          not null default 1 check (hold_periods >= 1),
    receiver_ids  jsonb        not null default '[]',
    enabled       boolean      not null default true,
    created_at    timestamp with time zone not null
);

-- Deliveries: pending work lives here, not in memory, so a restart loses nothing.
create table delivery (
    id               bigint generated always as identity primary key,
    alert_id         bigint references alert (id),
    -- A removed receiver leaves its log behind; its pending deliveries then fail, visibly.
    receiver_id      bigint references receiver (id) on delete set null,
    receiver_name    varchar(128) not null,
    kind             varchar(16)  not null,
    change           varchar(32)  not null,
    payload          text         not null,
    status           varchar(16)  not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts         int          not null default 0,
    next_attempt_at  timestamp with time zone not null,
    last_error       varchar(1024),
    created_at       timestamp with time zone not null,
    delivered_at     timestamp with time zone
);
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_alert on delivery (alert_id);

-- Every attempt of a delivery, successful or not.
create table delivery_attempt (
    id            bigint generated always as identity primary key,
    delivery_id   bigint not null references delivery (id) on delete cascade,
    attempt       int    not null,
    attempted_at  timestamp with time zone not null,
    success       boolean not null,
    http_status   int,
    error         varchar(1024)
);
create index delivery_attempt_of on delivery_attempt (delivery_id, attempt);
