-- A SYNTHETIC indicator for the outbox wake-up test only: no plan figures, no real data.
insert into indicator (code, name, name_en, area, article, unit, frequency, polarity, owner_department, target_kind, target_params, plan_sentence, due_days) values
('TEST_WAKE_UP', '测试唤醒', 'Synthetic relay wake-up', 'SYNTHETIC_TEST', 50, 't', 'ANNUAL', 'LOWER_IS_BETTER', 'ECO',
 'CEILING', '{"limit": 100}', 'synthetic', null);
