-- The thresholds of the flags read from customers, visits and products (ADR 0033): CONCENTRATION when the three
-- largest customers make at least 60 % of a rep's sales; SMALL_NEGLECT when the share of visits to C-class customers
-- and prospects is below half their share of the rep's accounts; LOW_MARGIN_MIX when the share of sales in the
-- company's lowest-margin quartile of products is at least the company's share + 15 percentage points.
insert into imbalance_threshold (id, version, created_at, name, amount)
values (nextval('app_seq'), 0, current_timestamp, 'TOP3_SHARE_MIN', 0.60),
       (nextval('app_seq'), 0, current_timestamp, 'SMALL_VISIT_RATIO', 0.50),
       (nextval('app_seq'), 0, current_timestamp, 'LOW_MARGIN_MIX_PP', 0.15);
