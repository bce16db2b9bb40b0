-- The last projection verdict announced per indicator: WARNING (an early warning was published and not yet followed
-- by a recovery) or RECOVERED (the projection met the target again after it). A row exists only once a warning was
-- published, so every existing row announced one; those whose projection meets the target again are announced as
-- recovered on their next evaluation, which also ends early warnings left open before this version.
alter table projection_state add column announced varchar(16) not null default 'WARNING'
    check (announced in ('WARNING', 'RECOVERED'));
alter table projection_state alter column announced drop default;
