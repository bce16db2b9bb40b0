-- Escalation counts from when an alert became CRITICAL, not from when it first fired: an alert that was WARNING for
-- hours and then turned CRITICAL must not escalate at the next check. critical_since is set when the alert becomes
-- CRITICAL (or fires so) and cleared when it drops below; the escalation query reads it.
-- Written so that it can run again (TaskCodeMigrationTest-style test): it only fills CRITICAL rows that lack the value.
alter table alert add column if not exists critical_since timestamp with time zone;

-- Alerts written before: every change of an alert is in the outbox as an alert.changed event (key = alert id) with
-- the severity it had and the time of the change. The CRITICAL spell an alert is in began with the first CRITICAL
-- event after its last event below CRITICAL. An alert without such history (none is expected) takes its last change
-- time: never earlier than the truth, so the backfill can delay an escalation but never bring one forward.
with change as (
    select o.id                                                              as seq,
           cast(o.message_key as bigint)                                     as alert_id,
           cast(o.payload as jsonb) -> 'data' ->> 'severity'                 as severity,
           cast(cast(o.payload as jsonb) -> 'data' ->> 'changedAt' as timestamptz) as changed_at
    from outbox_event o
    where o.event_type = 'io.planmon.alert.changed.v1'
      and o.message_key ~ '^[0-9]+$'),
last_below as (
    select alert_id, max(seq) as seq from change where severity <> 'CRITICAL' group by alert_id),
spell as (
    select c.alert_id, min(c.changed_at) as since
    from change c
    left join last_below b on b.alert_id = c.alert_id
    where c.severity = 'CRITICAL' and (b.seq is null or c.seq > b.seq)
    group by c.alert_id)
update alert a
set critical_since = coalesce((select s.since from spell s where s.alert_id = a.id), a.updated_at)
where a.severity = 'CRITICAL' and a.critical_since is null;

drop index if exists alert_escalation;
create index if not exists alert_escalation_critical on alert (critical_since)
    where state = 'FIRING' and severity = 'CRITICAL' and escalated_at is null;
