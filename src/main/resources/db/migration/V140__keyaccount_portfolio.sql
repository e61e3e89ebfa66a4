-- Key-account portfolio analysis (ADR 0030): a portfolio of accounts for a year and scope, its attractiveness
-- factors and the customers' critical success factors with weights (Σ = 100 each), and each scorer's scores.
create table ka_portfolio (
    id              bigint primary key,
    version         integer not null default 0,
    name            varchar(200) not null,
    portfolio_year  integer not null,
    scope           varchar(100) not null,
    -- the attractiveness that separates the upper boxes from the lower ones
    cut             numeric(4, 2) not null default 5.00,
    owner_id        bigint not null references app_user (id),
    created_at      timestamp(6) with time zone not null
);
create index ix_ka_portfolio_owner on ka_portfolio (owner_id, portfolio_year);

create table ka_portfolio_account (
    portfolio_id    bigint not null references ka_portfolio (id) on delete cascade,
    customer_id     bigint not null references customer (id),
    primary key (portfolio_id, customer_id)
);

-- kind: ATTRACTIVENESS (the account as a market for us) or SUCCESS (what the customer buys on)
create table ka_portfolio_factor (
    portfolio_id    bigint not null references ka_portfolio (id) on delete cascade,
    kind            varchar(20) not null,
    name            varchar(100) not null,
    weight          integer not null,
    position        integer not null,
    primary key (portfolio_id, kind, name)
);

-- one row per scorer, account and factor; us = the score (attractiveness) or our score (success factor),
-- best = the best competitor's score (success factors only)
create table ka_portfolio_score (
    portfolio_id    bigint not null references ka_portfolio (id) on delete cascade,
    customer_id     bigint not null references customer (id),
    scorer          varchar(100) not null,
    kind            varchar(20) not null,
    factor          varchar(100) not null,
    us              numeric(4, 2) not null,
    best            numeric(4, 2),
    primary key (portfolio_id, customer_id, scorer, kind, factor)
);
