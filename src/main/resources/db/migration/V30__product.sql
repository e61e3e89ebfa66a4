-- Products (产品) of the printing company. Unit prices and unit costs are rates with four decimals
-- (a label can cost ¥0.0850); amounts elsewhere have two.

create table product (
    id                  bigint primary key,
    version             integer not null default 0,
    code                varchar(32) not null,
    name                varchar(200) not null,
    category            varchar(50) not null,
    unit                varchar(20) not null,
    list_price          numeric(19, 4) not null,
    standard_cost       numeric(19, 4) not null,
    active              boolean not null default true,
    created_at          timestamp(6) with time zone not null,
    constraint uq_product_code unique (code)
);
create index ix_product_category on product (category, name);
create index ix_product_name on product (name);
