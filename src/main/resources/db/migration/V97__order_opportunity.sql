-- Issue 20, defect 10: an order placed from a won opportunity keeps the link to it.
alter table sales_order add column opportunity_id bigint;
alter table sales_order add constraint fk_sales_order_opportunity
    foreign key (opportunity_id) references opportunity (id) on delete set null;
create index ix_order_opportunity on sales_order (opportunity_id);
