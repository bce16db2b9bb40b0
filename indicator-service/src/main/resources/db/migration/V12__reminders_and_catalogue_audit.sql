-- Issue 14, in one migration: reminders before a value is due, and the catalogue re-audit of articles 7-50.
--
-- Reminders: how many days before the due date the owning department is reminded (null: 7), and the reminders
-- made, so that the daily scan reminds of each (indicator, period) once.
alter table indicator add column reminder_days int check (reminder_days > 0);

create table due_soon_notice (
    id             bigint generated always as identity primary key,
    indicator_code varchar(64) not null references indicator (code),
    period         varchar(16) not null,
    due_date       date        not null,
    announced_at   timestamp with time zone not null,
    unique (indicator_code, period)
);

-- ============================================================================================================
-- The catalogue re-audit of articles 7-50 (issue 14): every measurable direction of those articles that V4 left
-- without an indicator. The rules of V4 hold (see its header, checked by CatalogueTest): plan_sentence verbatim from
-- the article in `article`; a direction becomes INCREASING with no parameters; no number comes from anywhere but the
-- plan, and the plan gives none here. docs/indicators.md lists these rows and what was considered and left out.
-- Areas by topic, as in V4: innovation and transport under core urban functions, agriculture and tourism under
-- high-quality development, livelihood, public services, green production, ecology and energy under the people's city.
-- ============================================================================================================
insert into indicator (code, name, name_en, area, article, unit, frequency, polarity, owner_department, target_kind, target_params, plan_sentence) values

-- Article 12 (green manufacturing; V4 has the zero-carbon parks of the same sentence)
('GREEN_FACTORIES', '绿色工厂数量', 'Certified green factories', 'PEOPLES_CITY', 12, 'count', 'ANNUAL', 'HIGHER_IS_BETTER', 'INDUSTRY',
 'INCREASING', '{}', '建设零碳园区、绿色工厂'),
-- Article 13 (turning research results into production: registered technology contracts)
('TECH_CONTRACT_TURNOVER', '技术合同成交额', 'Turnover of registered technology contracts', 'CORE_URBAN_FUNCTIONS', 13, '100m CNY', 'ANNUAL', 'HIGHER_IS_BETTER', 'SCITECH',
 'INCREASING', '{}', '加快科技成果高效转移转化'),
-- Article 20 (Qingpu New City: a denser road network, a larger share of the district)
('NEW_CITY_ROAD_DENSITY', '青浦新城道路网密度', 'Road network density of Qingpu New City', 'CORE_URBAN_FUNCTIONS', 20, 'km/km2', 'ANNUAL', 'HIGHER_IS_BETTER', 'CONSTRUCTION',
 'INCREASING', '{}', '加密新城主次干路网'),
-- 首位度 (primacy) of population: the new city's share of the district's residents. Economic primacy has no
-- published figure for the new city's area (see docs/indicators.md).
('NEW_CITY_POPULATION_SHARE', '青浦新城常住人口占全区比重', 'Qingpu New City''s share of the district''s resident population', 'CORE_URBAN_FUNCTIONS', 20, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'STATS',
 'INCREASING', '{}', '进一步提升经济、人口、功能、形象首位度'),
-- Article 24 (inbound tourism: "the first stop of inbound tourism among China's ancient towns")
('INBOUND_TOURIST_VISITS', '入境游客人次', 'Inbound (overseas) tourist visits', 'HIGH_QUALITY_DEVELOPMENT', 24, '10k visits', 'ANNUAL', 'HIGHER_IS_BETTER', 'CULTURE',
 'INCREASING', '{}', '朱家角“中国古镇入境游第一站”'),
-- Article 25 ("moderately raise" is still a direction: up)
('FARMLAND_SCALE_OPERATION_SHARE', '耕地规模化经营比重', 'Share of farmland under scale operation', 'HIGH_QUALITY_DEVELOPMENT', 25, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'AGRICULTURE',
 'INCREASING', '{}', '适度提升农业规模化经营水平'),
-- Article 26 (the rural collective economy, measured by its organisations' income)
('RURAL_COLLECTIVE_INCOME', '农村集体经济组织总收入', 'Total income of rural collective economic organisations', 'HIGH_QUALITY_DEVELOPMENT', 26, '100m CNY', 'ANNUAL', 'HIGHER_IS_BETTER', 'AGRICULTURE',
 'INCREASING', '{}', '发展壮大新型农村集体经济'),
-- Article 33 (the third 15-minute circle; V4 has the cultural and the community life circles)
('EMPLOYMENT_SERVICE_CIRCLE_COVERAGE', '15分钟就业服务圈覆盖率', 'Coverage of the 15-minute employment service circle', 'PEOPLES_CITY', 33, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'HR_SOCIAL',
 'INCREASING', '{}', '建设“15分钟就业服务圈”'),
-- Article 34 (property income, one of the four sources of disposable income in the household survey)
('PROPERTY_INCOME_PER_CAPITA', '居民人均财产净收入', 'Per-capita net property income of residents', 'PEOPLES_CITY', 34, 'CNY', 'ANNUAL', 'HIGHER_IS_BETTER', 'STATS',
 'INCREASING', '{}', '多渠道增加城乡居民财产性收入'),
-- Article 38 (tiered care: more of the visits at the primary level; regular exercise)
('PRIMARY_CARE_VISIT_SHARE', '基层医疗卫生机构诊疗人次占比', 'Primary-care institutions'' share of medical visits', 'PEOPLES_CITY', 38, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'HEALTH',
 'INCREASING', '{}', '促进分级诊疗'),
('REGULAR_EXERCISE_SHARE', '经常参加体育锻炼人数比例', 'Share of residents who exercise regularly', 'PEOPLES_CITY', 38, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'SPORTS',
 'INCREASING', '{}', '引导市民树立崇尚健身运动新风尚'),
-- Article 39 (inclusive pre-school education; the elderly-care workforce, as SOCIAL_WORKERS for article 47)
('INCLUSIVE_KINDERGARTEN_SHARE', '普惠性幼儿园在园幼儿占比', 'Share of kindergarten children in inclusive (affordable) kindergartens', 'PEOPLES_CITY', 39, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'EDUCATION',
 'INCREASING', '{}', '高质量推进学前教育普及普惠发展'),
('ELDERLY_CARE_WORKERS', '养老护理员数', 'Elderly-care workers', 'PEOPLES_CITY', 39, 'count', 'ANNUAL', 'HIGHER_IS_BETTER', 'CIVIL_AFFAIRS',
 'INCREASING', '{}', '加强养老护理员队伍建设'),
-- Article 42 (construction waste: the sentence asks for its resource utilisation)
('CONSTRUCTION_WASTE_RECYCLING_RATE', '建筑垃圾资源化利用率', 'Resource utilisation rate of construction waste', 'PEOPLES_CITY', 42, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'GREENING',
 'INCREASING', '{}', '加强建筑垃圾消纳场所和处置利用设施建设,强化全过程监管和资源化利用'),
-- Article 43 (V4 has the green energy share and the electrification of end use; here the storage)
('NEW_ENERGY_STORAGE_CAPACITY', '新型储能装机规模', 'Installed new-type energy storage capacity', 'PEOPLES_CITY', 43, 'MW', 'ANNUAL', 'HIGHER_IS_BETTER', 'DRC',
 'INCREASING', '{}', '推动新型储能发展'),
-- Article 44 (greenways and the park system; V4 has the forest area and household waste)
('GREENWAY_LENGTH', '绿道长度', 'Greenway length', 'PEOPLES_CITY', 44, 'km', 'ANNUAL', 'HIGHER_IS_BETTER', 'GREENING',
 'INCREASING', '{}', '积极推动绿地、绿道等生态设施建设'),
('PARKS', '城乡公园数量', 'Urban and rural parks', 'PEOPLES_CITY', 44, 'count', 'ANNUAL', 'HIGHER_IS_BETTER', 'GREENING',
 'INCREASING', '{}', '健全多层次城乡公园体系');
