-- SYNTHETIC indicator for the early warning's recovery test only: no plan figures, no real data.
insert into indicator (code, name, name_en, area, article, unit, frequency, polarity, owner_department, target_kind, target_params, plan_sentence, due_days) values
('TEST_RECOVERY', '测试预警解除', 'Synthetic warning recovery', 'SYNTHETIC_TEST', 50, 'CNY', 'ANNUAL', 'HIGHER_IS_BETTER', 'STATS',
 'TARGET_VALUE', '{"baseYear": 2020, "targetYear": 2035, "targetValue": 250}', 'synthetic', null);
