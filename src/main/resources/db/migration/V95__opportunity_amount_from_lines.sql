-- Issue 20, defect 2: an opportunity with product lines is worth the sum of its lines (a manual amount only
-- counts without lines). Opportunities saved before kept the amount typed in (often 0): recompute them.
update opportunity
set amount = (select sum(l.amount) from opportunity_line l where l.opportunity_id = opportunity.id)
where exists (select 1 from opportunity_line l where l.opportunity_id = opportunity.id);
