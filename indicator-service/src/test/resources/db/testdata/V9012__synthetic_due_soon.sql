-- SYNTHETIC indicators for the due-soon reminder test only: no plan figures, no real data. Annual, so that no other
-- test's due-date scan (days in 2026) reaches their reminder window (from 2027-03-24 for 2026).
insert into indicator (code, name, name_en, area, article, unit, frequency, polarity, owner_department, target_kind, target_params, plan_sentence, due_days) values
('TEST_REMIND_MISSING', '测试提醒（缺数）', 'Synthetic reminder, value missing', 'SYNTHETIC_TEST', 50, 't', 'ANNUAL', 'LOWER_IS_BETTER', 'ECO',
 'CEILING', '{"limit": 100}', 'synthetic', null),
('TEST_REMIND_PRESENT', '测试提醒（已报）', 'Synthetic reminder, value present', 'SYNTHETIC_TEST', 50, 't', 'ANNUAL', 'LOWER_IS_BETTER', 'ECO',
 'CEILING', '{"limit": 100}', 'synthetic', null),
('TEST_REMIND_DAYS', '测试提醒天数', 'Synthetic reminder days', 'SYNTHETIC_TEST', 50, 't', 'ANNUAL', 'LOWER_IS_BETTER', 'ECO',
 'CEILING', '{"limit": 100}', 'synthetic', null);
