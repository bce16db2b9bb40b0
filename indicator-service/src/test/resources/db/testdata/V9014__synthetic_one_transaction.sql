-- SYNTHETIC indicators for the one-transaction batch tests only: no plan figures, no real data.
insert into indicator (code, name, name_en, area, article, unit, frequency, polarity, owner_department, target_kind, target_params, plan_sentence) values
('TEST_ONE_TX_A', '测试单事务甲', 'Synthetic one transaction A', 'SYNTHETIC_TEST', 50, 't', 'MONTHLY', 'HIGHER_IS_BETTER', 'STATS',
 'INCREASING', '{}', 'synthetic'),
('TEST_ONE_TX_B', '测试单事务乙', 'Synthetic one transaction B', 'SYNTHETIC_TEST', 50, 't', 'MONTHLY', 'HIGHER_IS_BETTER', 'STATS',
 'INCREASING', '{}', 'synthetic'),
('TEST_ONE_TX_C', '测试单事务丙', 'Synthetic one transaction C', 'SYNTHETIC_TEST', 50, 't', 'MONTHLY', 'HIGHER_IS_BETTER', 'STATS',
 'INCREASING', '{}', 'synthetic');
