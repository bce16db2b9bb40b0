-- Whether the plan admin allows values for periods that have not begun yet (forecasts); off by default, so that a
-- value for 2030Q4 pushed in 2026 is refused as the mistake it usually is.
alter table indicator add column future_periods boolean not null default false;
