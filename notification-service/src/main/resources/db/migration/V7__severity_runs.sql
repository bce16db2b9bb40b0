-- "Held for N consecutive periods" at a rule's minimum severity: besides periods (the consecutive periods the
-- condition held, at any severity), each alert keeps how many consecutive periods up to its latest one were at
-- WARNING or worse and at CRITICAL. A rule with minSeverity S compares holdPeriods with the run at S or worse.
alter table alert add column warning_periods int not null default 0;
alter table alert add column critical_periods int not null default 0;

-- Alerts written before: their rows say only the latest period's severity (periods counted any new period, even
-- after a gap or at a lower severity), so the runs at WARNING and CRITICAL start at the latest period. A hold rule
-- therefore hears of such an alert one or more periods later than it might have, never earlier.
update alert
set warning_periods  = case when severity in ('WARNING', 'CRITICAL') then 1 else 0 end,
    critical_periods = case when severity = 'CRITICAL' then 1 else 0 end;
