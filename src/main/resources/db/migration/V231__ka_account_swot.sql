-- Account analysis (issue 19, ADR 0048): the SWOT of a key account and the competitors there with their estimated
-- share of the customer's spend in our categories (share of wallet, per cent; their sum is at most 100).
create table ka_account_swot (
    id              bigint primary key,
    version         integer not null default 0,
    created_at      timestamp not null,
    customer_id     bigint not null unique references customer (id),
    strengths       varchar(2000),
    weaknesses      varchar(2000),
    opportunities   varchar(2000),
    threats         varchar(2000),
    updated_on      date not null,
    updated_by      bigint not null references app_user (id)
);

create table ka_account_competitor (
    swot_id         bigint not null references ka_account_swot (id) on delete cascade,
    position        integer not null,
    name            varchar(100) not null,
    share_pct       numeric(5, 1) not null,
    primary key (swot_id, position)
);
