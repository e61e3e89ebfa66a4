-- Issue 14: a visit may be reported without its actual start and end; it then has no measured duration and the
-- duration KPIs (AVG_VISIT_MINUTES, PRESENTATION_MINUTES) leave it out of numerator and denominator. The rollup
-- counts the visits with a duration apart. Until now every completed visit had one, so the rows so far have as
-- many timed visits as visits.
alter table kpi_activity_day add column timed_visits integer default 0 not null;
update kpi_activity_day set timed_visits = visits;
