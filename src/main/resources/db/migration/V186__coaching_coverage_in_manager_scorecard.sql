-- Issue 16 / ADR 0038: coaching coverage (COACHING_COVERAGE, a team KPI of the catalogue) joins the managers'
-- scorecard template from this year, the year the coaching records start; weight 10 taken from the weekly schedules
-- reviewed on time (15 → 10) and the time-split fit (15 → 10). Earlier periods keep the template of 2000-01-01.
insert into scorecard_template (id, version, created_at, role, valid_from, metrics)
values (nextval('app_seq'), 0, current_timestamp, 'MANAGER', date '2026-01-01',
        'TEAM_MEDIAN_SCORE:30,SALES_VS_GOAL:25,RETENTION_RATE:15,SCHEDULES_REVIEWED_ON_TIME:10,TIME_SPLIT_FIT:10,COACHING_COVERAGE:10');
