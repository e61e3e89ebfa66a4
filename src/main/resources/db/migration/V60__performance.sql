-- Performance (业绩): rollups the KPI engine reads instead of the order tables. Kept current by the sales
-- module's events (OrderPlaced, OrderCancelled) in the same transaction as the order, and rebuilt from the
-- orders on demand; both ways give identical rows.

-- Orders by order date, credited rep (owner_key, 0 = none), credited territory (territory_key, 0 = none) and
-- customer: sales and profit of the placed (non-cancelled) orders, how many were placed and how many were
-- cancelled. Orders waiting for a credit approval are not in it until they are placed.
create table kpi_sales_day (
    order_day       date not null,
    owner_key       bigint not null,
    territory_key   bigint not null,
    customer_id     bigint not null,
    sales           numeric(19, 2) not null,
    profit          numeric(19, 2) not null,
    orders          integer not null,
    cancelled       integer not null,
    primary key (order_day, owner_key, territory_key, customer_id)
);
create index ix_kpi_sales_day_owner on kpi_sales_day (owner_key, order_day);
create index ix_kpi_sales_day_territory on kpi_sales_day (territory_key, order_day);
create index ix_kpi_sales_day_customer on kpi_sales_day (customer_id, order_day);
