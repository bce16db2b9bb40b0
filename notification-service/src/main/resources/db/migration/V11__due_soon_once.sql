-- A reminder that a value is due soon (DATA_DUE_SOON) is made once per (indicator, period), even after it resolved:
-- the engine looks before it fires, and this index makes a second one impossible even if two instances race.
create unique index alert_due_soon_once on alert (subject_type, subject_code, period) where condition = 'DATA_DUE_SOON';
