-- SYNTHETIC departments and indicators for the submission, approval and timeliness tests only: no plan figures.
insert into indicator (code, name, name_en, area, article, unit, frequency, polarity, owner_department, target_kind, target_params, plan_sentence, due_days) values
('TEST_GOV_A', '测试报送甲', 'Synthetic submission A', 'SYNTHETIC_TEST', 50, 't', 'ANNUAL', 'HIGHER_IS_BETTER', 'TEST_GOV',
 'NO_TARGET', '{}', 'synthetic', null),
('TEST_GOV_B', '测试报送乙', 'Synthetic submission B', 'SYNTHETIC_TEST', 50, 't', 'ANNUAL', 'HIGHER_IS_BETTER', 'TEST_GOV',
 'NO_TARGET', '{}', 'synthetic', null),
('TEST_GOV_Q', '测试报送季', 'Synthetic submission quarterly', 'SYNTHETIC_TEST', 50, 't', 'QUARTERLY', 'HIGHER_IS_BETTER', 'TEST_GOV',
 'NO_TARGET', '{}', 'synthetic', null),
('TEST_APPR_X', '测试审核状态', 'Synthetic approval state', 'SYNTHETIC_TEST', 50, 't', 'ANNUAL', 'HIGHER_IS_BETTER', 'TEST_APPR',
 'NO_TARGET', '{}', 'synthetic', null),
('TEST_LATE_M', '测试及时月度', 'Synthetic timeliness monthly', 'SYNTHETIC_TEST', 50, 't', 'MONTHLY', 'HIGHER_IS_BETTER', 'TEST_LATE',
 'NO_TARGET', '{}', 'synthetic', null),
('TEST_LATE_Q', '测试及时季度', 'Synthetic timeliness quarterly', 'SYNTHETIC_TEST', 50, 't', 'QUARTERLY', 'HIGHER_IS_BETTER', 'TEST_LATE',
 'NO_TARGET', '{}', 'synthetic', null);

-- A prepared reporting history of TEST_LATE (ReportingApiTest), with the times the values arrived. Monthly values are
-- due 20 days after the month, quarterly ones 30 days after the quarter, on the due day in Asia/Shanghai at the latest.
insert into observation (indicator_code, period, value, revision, note, recorded_by, recorded_at) values
('TEST_LATE_M', '2026-01', 10, 1, 'synthetic', 'dept-test-late', '2026-02-10T02:00:00Z'), -- due 02-20: on time
('TEST_LATE_M', '2026-02', 11, 1, 'synthetic', 'dept-test-late', '2026-03-25T02:00:00Z'), -- due 03-20: late
                                                                                         -- 2026-03 due 04-20: missing
('TEST_LATE_M', '2026-04', 12, 1, 'synthetic', 'dept-test-late', '2026-05-20T15:00:00Z'), -- 05-20 23:00 Shanghai: on time
('TEST_LATE_M', '2026-05', 13, 1, 'synthetic', 'dept-test-late', '2026-06-20T16:30:00Z'), -- 06-21 00:30 Shanghai: late
('TEST_LATE_M', '2026-06', 15, 2, 'synthetic', 'dept-test-late', '2026-08-01T02:00:00Z'), -- first came 07-01: on time
('TEST_LATE_Q', '2026Q1', 20, 1, 'synthetic', 'dept-test-late', '2026-04-15T02:00:00Z'); -- due 04-30: on time, approved
                                                                                         -- 2026Q2 due 07-30: missing
insert into observation_revision (observation_id, revision, value, previous_value, note, recorded_by, recorded_at)
select id, revision, value, null, note, recorded_by, recorded_at from observation
where indicator_code in ('TEST_LATE_M', 'TEST_LATE_Q') and period <> '2026-06';
insert into observation_revision (observation_id, revision, value, previous_value, note, recorded_by, recorded_at)
select id, 1, 14, null, note, recorded_by, '2026-07-01T02:00:00Z' from observation
where indicator_code = 'TEST_LATE_M' and period = '2026-06';
insert into observation_revision (observation_id, revision, value, previous_value, note, recorded_by, recorded_at)
select id, 2, 15, 14, note, recorded_by, recorded_at from observation
where indicator_code = 'TEST_LATE_M' and period = '2026-06';
-- Each value has its evaluation, as the push path leaves it (the due-date scan reads them).
insert into evaluation (indicator_code, period, value, status, reason, reason_en, evaluated_at)
select indicator_code, period, value, 'NO_TARGET', '无目标', 'no target', recorded_at from observation
where indicator_code in ('TEST_LATE_M', 'TEST_LATE_Q');

insert into submission (department, period, frequency, state, changed_by, changed_at) values
('TEST_LATE', '2026Q1', 'QUARTERLY', 'APPROVED', 'monitor', '2026-05-05T02:00:00Z');
insert into submission_step (submission_id, action, previous_state, state, actor, actor_department, comment, recorded_at)
select id, 'SUBMITTED', null, 'SUBMITTED', 'dept-test-late', 'TEST_LATE', null, '2026-04-16T02:00:00Z' from submission
where department = 'TEST_LATE' and period = '2026Q1';
insert into submission_step (submission_id, action, previous_state, state, actor, actor_department, comment, recorded_at)
select id, 'APPROVED', 'SUBMITTED', 'APPROVED', 'monitor', 'MONITORING_OFFICE', null, '2026-05-05T02:00:00Z' from submission
where department = 'TEST_LATE' and period = '2026Q1';
