-- The goal indicators of article 6 whose codes and target kinds are fixed (issue 3 extends the catalogue).
-- Targets carry only what the plan states (directions, factors, years); it gives no other numbers.
insert into indicator (code, name, name_en, area, article, unit, frequency, polarity, owner_department, target_kind, target_params, plan_sentence) values
('SH_GDP_GROWTH', '全市地区生产总值增速', 'Shanghai GDP growth (city average, reference)', 'HIGH_QUALITY_DEVELOPMENT', 6, '%', 'QUARTERLY', 'HIGHER_IS_BETTER', 'STATS',
 'NO_TARGET', '{}', '经济增长保持在合理区间、不低于全市平均水平'),
('GDP_GROWTH', '地区生产总值增速', 'District GDP growth', 'HIGH_QUALITY_DEVELOPMENT', 6, '%', 'QUARTERLY', 'HIGHER_IS_BETTER', 'STATS',
 'NOT_BELOW_REFERENCE', '{"reference": "SH_GDP_GROWTH", "tolerance": 0.5}', '经济增长保持在合理区间、不低于全市平均水平'),
('GDP_PER_CAPITA', '人均地区生产总值', 'GDP per capita', 'HIGH_QUALITY_DEVELOPMENT', 6, 'CNY', 'ANNUAL', 'HIGHER_IS_BETTER', 'STATS',
 'MULTIPLE_OF_BASE', '{"factor": 2, "baseYear": 2020, "targetYear": 2035}', '人均地区生产总值比二〇二〇年翻一番'),
('INCOME_GROWTH', '居民人均可支配收入增速', 'Growth of per-capita disposable income', 'PEOPLES_CITY', 6, '%', 'QUARTERLY', 'HIGHER_IS_BETTER', 'STATS',
 'IN_STEP_WITH', '{"reference": "GDP_GROWTH", "tolerance": 0.5}', '居民收入增长和经济增长同步'),
('CARBON_EMISSIONS', '碳排放总量', 'Total carbon emissions', 'PEOPLES_CITY', 6, '10kt CO2', 'ANNUAL', 'LOWER_IS_BETTER', 'ECO',
 'PEAK_BY_YEAR', '{"peakYear": 2030}', '碳达峰目标如期实现'),
('MAJOR_POLLUTANTS', '主要污染物排放总量', 'Total emissions of major pollutants', 'PEOPLES_CITY', 6, 't', 'ANNUAL', 'LOWER_IS_BETTER', 'ECO',
 'DECREASING', '{}', '主要污染物排放总量持续减少'),
('FAMILY_DOCTOR_COVERAGE', '家庭医生签约覆盖率', 'Family doctor contract coverage', 'PEOPLES_CITY', 38, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'HEALTH',
 'INCREASING', '{}', '提升家庭医生签约覆盖率和服务质量');
