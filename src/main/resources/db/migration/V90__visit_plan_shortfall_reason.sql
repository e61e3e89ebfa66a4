-- Issue 20: a week submitted with fewer visits than the standard carries the rep's reason,
-- shown to the manager on review.
alter table visit_plan add column shortfall_reason varchar(1000);
