-- KPI filters of a contest (issue 17, ADR 0046): the contest's KPI over a part of the participants' sales — one product
-- category, one customer class (A/B/C, as classified now), one market segment, only customers won in the window.
-- Only SALES, PROFIT and ORDERS can be computed under a filter; other KPIs refuse them (422 on filters.<name>).
alter table contest add column filter_category varchar(100);
alter table contest add column filter_class varchar(1);
alter table contest add column filter_segment_id bigint;
alter table contest add column filter_new_customers boolean default false not null;
