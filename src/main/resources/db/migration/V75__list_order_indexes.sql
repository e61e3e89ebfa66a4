-- Indexes in the default order of the big lists, so that a page (limit + 1 rows) is read from the index instead of
-- sorting every visible row (found by bench/run.sh at scale M: hundreds of ms to seconds per page without them).
-- customers: name, then id; orders: newest order date first, then id; visits: newest visit first.
create index ix_customer_name_id on customer (name, id);
create index ix_order_date_id on sales_order (order_date, id);
create index ix_visit_date_planned_id on visit (visit_date, planned_at, id);
