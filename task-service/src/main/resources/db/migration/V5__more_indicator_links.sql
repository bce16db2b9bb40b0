-- Links to indicators indicator-service added to its catalogue after V4 (its V4__plan_catalogue.sql): each one
-- measures exactly what the task commits to. Reviewed list: docs/tasks.md.
insert into task_indicator (task_id, indicator_code)
select t.id, v.indicator from task t join (values
('T12-02', 'ZERO_CARBON_PARKS'),
('T25-03', 'HIGH_STANDARD_FARMLAND_AREA'),
('T39-02', 'ELDERLY_BED_UTILISATION'),
('T36-01', 'FLEXIBLE_WORKER_INSURANCE_RATE'),
('T37-03', 'COMMUNITY_LIFE_CIRCLE_COVERAGE'),
('T23-04', 'CULTURE_SERVICE_CIRCLE_COVERAGE'),
('T44-03', 'FOREST_AREA'),
('T44-04', 'HOUSEHOLD_WASTE_RECYCLING_RATE'),
('T46-03', 'EMERGENCY_SHELTER_AREA_PER_CAPITA'),
('T46-02', 'MAJOR_ACCIDENTS'),
('T47-02', 'HOTLINE_SATISFACTION'),
('T26-02', 'RURAL_INCOME'),
('T28-05', 'PRIVATE_INVESTMENT_SHARE'),
('T34-01', 'WAGE_GROWTH'),
('T42-03', 'SURFACE_WATER_GOOD_SHARE'),
('T20-01', 'RAIL_TRANSIT_LENGTH'),
('T17-01', 'FOREIGN_HEADQUARTERS'),
('T33-01', 'NEW_JOBS')
) as v (code, indicator) on t.code = v.code
on conflict do nothing;
