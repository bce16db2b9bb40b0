-- What the test consumers of the kit's tests do with an event: one row per handling, in the handling's transaction,
-- so that a test sees whether (and in which order) an effect committed along with its inbox row.
create table effect (
    id       bigint generated always as identity primary key,
    consumer varchar(64) not null,
    event_id varchar(64) not null,
    subject  varchar(128) not null
);
