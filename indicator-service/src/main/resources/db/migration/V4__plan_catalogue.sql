-- The rest of the plan's indicator catalogue: every measurable goal of article 6 beyond the seven fixed ones in V3,
-- and the measurable commitments of the other articles. This file is the reviewed list; docs/indicators.md describes it.
--
-- Rules followed for every row (CatalogueTest checks the mechanical ones):
-- * plan_sentence is a verbatim substring of the plan text, taken from the article in `article`.
-- * target_params hold only what the plan states. A direction becomes INCREASING / DECREASING; "in step with"
--   becomes IN_STEP_WITH with its reference (tolerance left to the SPEC default, the plan gives none). Where the
--   natural kind needs a number the plan does not give (a "reasonable" range, an annual quota, a control limit),
--   the target is NO_TARGET with {} until the plan admin sets it (PUT /api/v1/indicators/{code}/target).
-- * area: article 6 rows take the goal area of their clause; other rows are placed by topic (see the comments).
-- * frequency: the period the figure is published and evaluated for. Levels and shares are annual: a cumulative
--   monthly total cannot be compared with the previous month. Growth rates follow the bureau's release.
insert into indicator (code, name, name_en, area, article, unit, frequency, polarity, owner_department, target_kind, target_params, plan_sentence) values

-- ============================================================================================================
-- Article 6: the main goals, by goal area
-- ============================================================================================================

-- 高质量发展取得显著成效 (growth vs the city average and per-capita GDP are in V3)
('TOTAL_FACTOR_PRODUCTIVITY', '全要素生产率指数', 'Total factor productivity index', 'HIGH_QUALITY_DEVELOPMENT', 6, 'index', 'ANNUAL', 'HIGHER_IS_BETTER', 'DRC',
 'INCREASING', '{}', '全要素生产率稳步提升'),
-- "A reasonable share" is a range the plan does not quantify.
('MANUFACTURING_SHARE', '制造业增加值占地区生产总值比重', 'Manufacturing value added as a share of GDP', 'HIGH_QUALITY_DEVELOPMENT', 6, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'STATS',
 'NO_TARGET', '{}', '制造业保持合理比重'),
('TOURIST_VISITS', '接待游客人次', 'Tourist visits received', 'HIGH_QUALITY_DEVELOPMENT', 6, '10k visits', 'ANNUAL', 'HIGHER_IS_BETTER', 'CULTURE',
 'INCREASING', '{}', '农文旅商体展融合发展取得突破'),

-- 城市核心功能实现新跃升
('RAIL_TRANSIT_LENGTH', '轨道交通运营里程', 'Rail transit route length in operation', 'CORE_URBAN_FUNCTIONS', 6, 'km', 'ANNUAL', 'HIGHER_IS_BETTER', 'TRANSPORT',
 'INCREASING', '{}', '区域重大交通基础设施持续完善'),
('HIGH_VALUE_PATENTS_PER_10K', '每万人口高价值发明专利拥有量', 'High-value invention patents per 10,000 residents', 'CORE_URBAN_FUNCTIONS', 6, 'per 10k people', 'ANNUAL', 'HIGHER_IS_BETTER', 'MARKET_REGULATION',
 'INCREASING', '{}', '科技创新策源功能明显强化'),
('HIGH_TECH_ENTERPRISES', '有效期内高新技术企业数', 'High-tech enterprises with a valid certification', 'CORE_URBAN_FUNCTIONS', 6, 'count', 'ANNUAL', 'HIGHER_IS_BETTER', 'SCITECH',
 'INCREASING', '{}', '创新创业生态更加完备'),

-- 高水平改革开放取得新突破
('MARKET_ENTITIES', '经营主体数量', 'Registered business entities', 'REFORM_AND_OPENING', 6, 'count', 'ANNUAL', 'HIGHER_IS_BETTER', 'MARKET_REGULATION',
 'INCREASING', '{}', '各类经营主体蓬勃发展'),
('OUTWARD_INVESTMENT', '对外直接投资额', 'Outward direct investment', 'REFORM_AND_OPENING', 6, '10k USD', 'ANNUAL', 'HIGHER_IS_BETTER', 'COMMERCE',
 'INCREASING', '{}', '服务企业“走出去”功能进一步强化'),

-- 社会文明程度明显提升 (the volunteer share is the civility measure the city's civilisation assessment uses)
('REGISTERED_VOLUNTEER_SHARE', '注册志愿者占常住人口比例', 'Registered volunteers as a share of resident population', 'SOCIAL_CIVILITY', 6, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'PUBLICITY',
 'INCREASING', '{}', '市民文明素质和城市文明程度持续提升'),

-- 人民城市建设持续深化 (income in step with growth, carbon peak and pollutants are in V3)
-- New jobs are counted against an annual quota the city assigns; the plan states no number.
('NEW_JOBS', '新增就业岗位', 'New jobs created', 'PEOPLES_CITY', 6, 'count', 'ANNUAL', 'HIGHER_IS_BETTER', 'HR_SOCIAL',
 'NO_TARGET', '{}', '高质量就业更加充分'),
-- Reference series for WAGE_GROWTH: carries no target of its own.
('LABOUR_PRODUCTIVITY_GROWTH', '全员劳动生产率增速', 'Growth of overall labour productivity (reference)', 'PEOPLES_CITY', 6, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'STATS',
 'NO_TARGET', '{}', '劳动报酬提高与劳动生产率提高同步'),
('WAGE_GROWTH', '职工平均工资增速', 'Growth of average wages', 'PEOPLES_CITY', 6, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'STATS',
 'IN_STEP_WITH', '{"reference": "LABOUR_PRODUCTIVITY_GROWTH"}', '劳动报酬提高与劳动生产率提高同步'),

-- 城市治理现代化水平明显提高
('PUBLIC_SAFETY_SENSE', '群众安全感满意度', 'Residents sense of security (survey)', 'URBAN_GOVERNANCE', 6, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'POLITICS_LAW',
 'INCREASING', '{}', '平安青浦、法治青浦建设达到更高水平'),

-- ============================================================================================================
-- Articles 7-21: industry, innovation, opening, spatial layout
-- ============================================================================================================

-- Article 10. Area by topic: industrial upgrading (article 6 "新质生产力加快培育").
('STRATEGIC_EMERGING_OUTPUT_SHARE', '战略性新兴产业产值占规模以上工业总产值比重', 'Strategic emerging industries as a share of industrial output above designated size', 'HIGH_QUALITY_DEVELOPMENT', 10, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'STATS',
 'INCREASING', '{}', '推动战略性新兴产业和未来产业发展'),
-- Article 12. Area by topic: green production (article 6 "绿色生产生活方式基本形成").
('ZERO_CARBON_PARKS', '零碳园区数量', 'Zero-carbon industrial parks', 'PEOPLES_CITY', 12, 'count', 'ANNUAL', 'HIGHER_IS_BETTER', 'INDUSTRY',
 'INCREASING', '{}', '建设零碳园区、绿色工厂'),
-- Article 13. Area by topic: innovation (article 6 "科技创新策源功能明显强化").
('ENTERPRISE_RD_EXPENDITURE', '企业研发经费支出', 'Enterprise R&D expenditure', 'CORE_URBAN_FUNCTIONS', 13, '100m CNY', 'ANNUAL', 'HIGHER_IS_BETTER', 'STATS',
 'INCREASING', '{}', '鼓励企业加大研发投入'),
-- Article 17. Area by topic: institutional opening.
('FOREIGN_HEADQUARTERS', '跨国公司地区总部数量', 'Regional headquarters of multinational companies', 'REFORM_AND_OPENING', 17, 'count', 'ANNUAL', 'HIGHER_IS_BETTER', 'COMMERCE',
 'INCREASING', '{}', '推动外资企业结算、管理、销售等总部功能落地'),
-- Article 20. Area by topic: land efficiency of industry.
('INDUSTRIAL_LAND_OUTPUT', '工业用地产出率', 'Industrial output per unit of industrial land', 'HIGH_QUALITY_DEVELOPMENT', 20, '100m CNY/km2', 'ANNUAL', 'HIGHER_IS_BETTER', 'PLANNING_RESOURCES',
 'INCREASING', '{}', '不断提升区域创新浓度和产出强度'),

-- ============================================================================================================
-- Articles 22-26: culture, agriculture and the countryside
-- ============================================================================================================

-- Article 23. Area by topic: culture.
('CULTURE_SERVICE_CIRCLE_COVERAGE', '15分钟公共文化服务圈覆盖率', 'Coverage of the 15-minute public cultural service circle', 'SOCIAL_CIVILITY', 23, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'CULTURE',
 'INCREASING', '{}', '促进“15分钟公共文化服务圈”提质增效'),
('CULTURAL_INDUSTRY_SHARE', '文化创意产业增加值占地区生产总值比重', 'Cultural and creative industries value added as a share of GDP', 'SOCIAL_CIVILITY', 23, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'STATS',
 'INCREASING', '{}', '大力发展文化事业和文化产业'),
-- Article 25. Area by topic: agricultural modernisation (article 6 "农业现代化水平明显提升").
('HIGH_STANDARD_FARMLAND_AREA', '高标准农田面积', 'High-standard farmland area', 'HIGH_QUALITY_DEVELOPMENT', 25, 'ha', 'ANNUAL', 'HIGHER_IS_BETTER', 'AGRICULTURE',
 'INCREASING', '{}', '加强高标准农田建设'),
-- Article 26. Area by topic: income.
('RURAL_INCOME', '农村常住居民人均可支配收入', 'Per-capita disposable income of rural residents', 'PEOPLES_CITY', 26, 'CNY', 'ANNUAL', 'HIGHER_IS_BETTER', 'STATS',
 'INCREASING', '{}', '促进农民稳定增收'),

-- ============================================================================================================
-- Articles 27-32: domestic demand, investment, public finance
-- ============================================================================================================

-- Article 27. Retail sales: area by topic, domestic demand (article 6 "内需拉动经济增长主动力作用持续增强").
('RETAIL_SALES', '社会消费品零售总额', 'Total retail sales of consumer goods', 'HIGH_QUALITY_DEVELOPMENT', 27, '100m CNY', 'ANNUAL', 'HIGHER_IS_BETTER', 'STATS',
 'INCREASING', '{}', '大力提振消费能级'),
-- Article 27. Area by topic: public services. "合理" bounds the pace, not the direction.
('PUBLIC_SERVICE_SPENDING_SHARE', '公共服务支出占财政支出比重', 'Public-service spending as a share of fiscal expenditure', 'PEOPLES_CITY', 27, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'FINANCE',
 'INCREASING', '{}', '合理提高公共服务支出占财政支出比重'),
-- Article 28. "Reasonable growth" is a range the plan does not quantify; the bureau publishes it monthly (1-M).
('FIXED_ASSET_INVESTMENT_GROWTH', '固定资产投资增速', 'Growth of fixed-asset investment', 'HIGH_QUALITY_DEVELOPMENT', 28, '%', 'MONTHLY', 'HIGHER_IS_BETTER', 'STATS',
 'NO_TARGET', '{}', '保持投资合理增长'),
-- Article 28. Area by topic: livelihood.
('LIVELIHOOD_GOV_INVESTMENT_SHARE', '民生类政府投资占政府投资比重', 'Livelihood projects as a share of government investment', 'PEOPLES_CITY', 28, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'DRC',
 'INCREASING', '{}', '提高民生类政府投资比重'),
-- Article 28. Area by topic: domestic demand, like the other investment series.
('PRIVATE_INVESTMENT_SHARE', '民间投资占固定资产投资比重', 'Private investment as a share of fixed-asset investment', 'HIGH_QUALITY_DEVELOPMENT', 28, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'STATS',
 'INCREASING', '{}', '激发民间投资活力、提高民间投资比重'),

-- ============================================================================================================
-- Articles 33-40: livelihood (area by topic: 人民城市建设持续深化)
-- ============================================================================================================

('FLEXIBLE_WORKER_INSURANCE_RATE', '灵活就业人员、农民工、新就业形态人员参保率', 'Social insurance enrolment of flexible, migrant and new-form workers', 'PEOPLES_CITY', 36, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'HR_SOCIAL',
 'INCREASING', '{}', '提高灵活就业人员、农民工、新就业形态人员参保率'),
('COMMUNITY_LIFE_CIRCLE_COVERAGE', '15分钟社区生活圈覆盖率', 'Coverage of the 15-minute community life circle', 'PEOPLES_CITY', 37, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'PLANNING_RESOURCES',
 'INCREASING', '{}', '统筹推进“15分钟社区生活圈”建设'),
('LIFE_EXPECTANCY', '户籍人口平均期望寿命', 'Life expectancy at birth (registered population)', 'PEOPLES_CITY', 38, 'years', 'ANNUAL', 'HIGHER_IS_BETTER', 'HEALTH',
 'INCREASING', '{}', '提高人民健康水平'),
('ELDERLY_BED_UTILISATION', '养老床位利用率', 'Utilisation of elderly-care beds', 'PEOPLES_CITY', 39, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'CIVIL_AFFAIRS',
 'INCREASING', '{}', '提高养老床位利用率和养老服务质量'),
('CHILDCARE_PLACES_PER_1000', '每千人口拥有3岁以下婴幼儿托位数', 'Childcare places for children under 3 per 1,000 residents', 'PEOPLES_CITY', 39, 'per 1000 people', 'ANNUAL', 'HIGHER_IS_BETTER', 'EDUCATION',
 'INCREASING', '{}', '持续推进普惠托育和托幼一体化建设'),

-- ============================================================================================================
-- Articles 41-44: ecology, carbon and energy (area by topic: article 6 puts them under 人民城市建设持续深化)
-- ============================================================================================================

('PM25_CONCENTRATION', '细颗粒物(PM2.5)年均浓度', 'Annual mean PM2.5 concentration', 'PEOPLES_CITY', 42, 'μg/m3', 'ANNUAL', 'LOWER_IS_BETTER', 'ECO',
 'DECREASING', '{}', '深入打好蓝天碧水净土保卫战'),
('SURFACE_WATER_GOOD_SHARE', '地表水达到或好于Ⅲ类水体比例', 'Surface water sections at Class III or better', 'PEOPLES_CITY', 42, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'ECO',
 'INCREASING', '{}', '深入打好蓝天碧水净土保卫战'),
('GREEN_ENERGY_SHARE', '绿色能源占能源消费总量比重', 'Green energy as a share of total energy consumption', 'PEOPLES_CITY', 43, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'DRC',
 'INCREASING', '{}', '稳步提高绿色能源比重'),
('ELECTRIFICATION_RATE', '电能占终端能源消费比重', 'Electricity as a share of final energy consumption', 'PEOPLES_CITY', 43, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'DRC',
 'INCREASING', '{}', '提高终端用能电气化水平'),
-- Dual control means limits the city assigns each year; the plan states none.
('CARBON_INTENSITY', '单位地区生产总值二氧化碳排放', 'CO2 emissions per unit of GDP', 'PEOPLES_CITY', 43, 't CO2/10k CNY', 'ANNUAL', 'LOWER_IS_BETTER', 'ECO',
 'NO_TARGET', '{}', '落实碳排放双控制度'),
('FOREST_AREA', '森林面积', 'Forest area', 'PEOPLES_CITY', 44, 'ha', 'ANNUAL', 'HIGHER_IS_BETTER', 'GREENING',
 'INCREASING', '{}', '多途径增加森林面积'),
('HOUSEHOLD_WASTE_RECYCLING_RATE', '生活垃圾回收利用率', 'Household waste recycling rate', 'PEOPLES_CITY', 44, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'GREENING',
 'INCREASING', '{}', '深化生活垃圾分类'),

-- ============================================================================================================
-- Articles 45-47: safety and governance (area by topic: 城市治理现代化水平明显提高)
-- ============================================================================================================

('EMERGENCY_SHELTER_AREA_PER_CAPITA', '人均应急避难场所面积', 'Emergency shelter area per resident', 'URBAN_GOVERNANCE', 46, 'm2 per person', 'ANNUAL', 'HIGHER_IS_BETTER', 'EMERGENCY',
 'INCREASING', '{}', '强化应急避难场所建设'),
-- "Curb" asks for a ceiling (often zero) the plan does not state; DECREASING would flag two accident-free years.
('MAJOR_ACCIDENTS', '较大及以上生产安全事故起数', 'Work-safety accidents graded major or worse', 'URBAN_GOVERNANCE', 46, 'count', 'ANNUAL', 'LOWER_IS_BETTER', 'EMERGENCY',
 'NO_TARGET', '{}', '有效遏制较大及以上事故'),
('SOCIAL_WORKERS', '持证社会工作者数', 'Certified social workers', 'URBAN_GOVERNANCE', 47, 'count', 'ANNUAL', 'HIGHER_IS_BETTER', 'SOCIAL_WORK',
 'INCREASING', '{}', '加强社会组织培育管理和社会工作者队伍建设'),
('HOTLINE_SATISFACTION', '12345市民服务热线满意率', 'Satisfaction rate of the 12345 citizen service hotline', 'URBAN_GOVERNANCE', 47, '%', 'ANNUAL', 'HIGHER_IS_BETTER', 'CITY_OPERATIONS',
 'INCREASING', '{}', '推动市民服务热线提质增效');
