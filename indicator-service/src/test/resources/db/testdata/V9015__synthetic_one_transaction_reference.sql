-- SYNTHETIC indicators for the one-transaction batch tests only: a reference and its dependent, no plan figures.
insert into indicator (code, name, name_en, area, article, unit, frequency, polarity, owner_department, target_kind, target_params, plan_sentence) values
('TEST_ONE_TX_REF', '测试单事务参照', 'Synthetic one transaction reference', 'SYNTHETIC_TEST', 50, 'pp', 'MONTHLY',
 'HIGHER_IS_BETTER', 'STATS', 'NO_TARGET', '{}', 'synthetic'),
('TEST_ONE_TX_DEP', '测试单事务随参照', 'Synthetic one transaction dependent', 'SYNTHETIC_TEST', 50, 'pp', 'MONTHLY',
 'HIGHER_IS_BETTER', 'STATS', 'NOT_BELOW_REFERENCE', '{"reference": "TEST_ONE_TX_REF", "tolerance": 0.5}', 'synthetic');
