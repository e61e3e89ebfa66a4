-- Faster KPI reads (ADR 0015).

-- A customer's first day with a placed order, per credited rep (owner_key) and territory (territory_key),
-- derived from kpi_sales_day: NEW_CUSTOMERS of any scope is "the smallest first_day of the customer's rows in
-- the scope falls in the period", read from one row per customer, rep and territory instead of every order day.
create table kpi_customer_first (
    customer_id     bigint not null,
    owner_key       bigint not null,
    territory_key   bigint not null,
    first_day       date not null,
    primary key (customer_id, owner_key, territory_key)
);
create index ix_kpi_customer_first_owner on kpi_customer_first (owner_key, first_day);
create index ix_kpi_customer_first_territory on kpi_customer_first (territory_key, first_day);
insert into kpi_customer_first (customer_id, owner_key, territory_key, first_day)
select customer_id, owner_key, territory_key, min(order_day)
from kpi_sales_day
where orders > 0
group by customer_id, owner_key, territory_key;

-- The generation of the KPI rollups: raised (in its own transaction, after the commit) whenever a transaction
-- changed a rollup, so every node knows that KPI figures it keeps in memory are out of date.
create table kpi_rollup_version (
    id              integer not null primary key,
    version         bigint not null
);
insert into kpi_rollup_version (id, version) values (1, 0);
