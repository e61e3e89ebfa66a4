-- Issue 20, defect 10: a won or lost opportunity closed on the day it was won or lost, and its expected
-- close date is that day too (it used to stay at the date planned, often in the future).
update opportunity
set expected_close_date = closed_on
where stage in ('WON', 'LOST') and closed_on is not null
  and (expected_close_date is null or expected_close_date <> closed_on);
