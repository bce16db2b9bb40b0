-- Reminders before a value is due (issue 14): how many days before the due date the owning department is reminded
-- (null: 7), and the reminders made, so that the daily scan reminds of each (indicator, period) once.
alter table indicator add column reminder_days int check (reminder_days > 0);

create table due_soon_notice (
    id             bigint generated always as identity primary key,
    indicator_code varchar(64) not null references indicator (code),
    period         varchar(16) not null,
    due_date       date        not null,
    announced_at   timestamp with time zone not null,
    unique (indicator_code, period)
);
