-- Key-account portfolio, steps ④, ⑤, ⑨ and the year-end lock (ADR 0041).
-- Step ④: the 0–10 scoring scale of an attractiveness factor — optionally the measure the data answers it with
-- (GROWTH, MARGIN, POTENTIAL, SHARE_OF_WALLET) and its bands: the score for a measured value in [lower, upper).
create table ka_portfolio_scale (
    portfolio_id    bigint not null references ka_portfolio (id) on delete cascade,
    factor          varchar(100) not null,
    measure         varchar(30),
    primary key (portfolio_id, factor)
);

create table ka_portfolio_band (
    portfolio_id    bigint not null references ka_portfolio (id) on delete cascade,
    factor          varchar(100) not null,
    score           integer not null,
    lower_bound     numeric(19, 4),
    upper_bound     numeric(19, 4),
    label           varchar(200),
    primary key (portfolio_id, factor, score)
);

-- Step ⑨: where the account will stand in three years, and its sales then
create table ka_portfolio_forecast (
    portfolio_id        bigint not null references ka_portfolio (id) on delete cascade,
    customer_id         bigint not null references customer (id),
    attractiveness      numeric(4, 2) not null,
    relative_strength   numeric(6, 2) not null,
    sales               numeric(19, 2) not null,
    primary key (portfolio_id, customer_id)
);

-- The year-end lock: a locked portfolio is a fixed snapshot (no edits; its sales are those of the 365 days ending on
-- the day it was locked)
alter table ka_portfolio add column locked_on date;
alter table ka_portfolio add column locked_by bigint references app_user (id);
