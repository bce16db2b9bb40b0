-- SYNTHETIC indicators for the asynchronous import tests only (loaded from the test class path): no plan figures.
insert into indicator (code, name, name_en, area, article, unit, frequency, polarity, owner_department, target_kind, target_params, plan_sentence, due_days) values
('TEST_ASYNC_BULK', '测试异步批量', 'Synthetic async bulk', 'SYNTHETIC_TEST', 50, 't', 'MONTHLY', 'HIGHER_IS_BETTER', 'STATS',
 'NO_TARGET', '{}', 'synthetic', null),
('TEST_ASYNC_ROWS', '测试异步行', 'Synthetic async rows', 'SYNTHETIC_TEST', 50, 't', 'ANNUAL', 'HIGHER_IS_BETTER', 'STATS',
 'NO_TARGET', '{}', 'synthetic', null),
('TEST_ASYNC_DRY', '测试异步试运行', 'Synthetic async dry run', 'SYNTHETIC_TEST', 50, 't', 'QUARTERLY', 'HIGHER_IS_BETTER', 'STATS',
 'NO_TARGET', '{}', 'synthetic', null),
('TEST_ASYNC_RESUME', '测试异步续传', 'Synthetic async resume', 'SYNTHETIC_TEST', 50, 't', 'ANNUAL', 'HIGHER_IS_BETTER', 'STATS',
 'NO_TARGET', '{}', 'synthetic', null),
('TEST_ASYNC_RESUME_B', '测试异步续传乙', 'Synthetic async resume B', 'SYNTHETIC_TEST', 50, 't', 'ANNUAL', 'HIGHER_IS_BETTER', 'STATS',
 'NO_TARGET', '{}', 'synthetic', null);
