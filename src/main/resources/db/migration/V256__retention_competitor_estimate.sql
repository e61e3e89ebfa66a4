-- Competitors' retention estimates (ADR 0051): per year, the estimated yearly loss rate of a main competitor in
-- per cent with its source, recorded by a manager, shown beside our measured loss rate and the acceptable one.
create table retention_competitor_estimate (
    id                  bigint primary key,
    version             integer not null default 0,
    created_at          timestamp(6) with time zone not null,
    estimate_year       integer not null,
    competitor          varchar(100) not null,
    -- the competitor's name in lower case without spaces: one estimate per competitor and year
    competitor_key      varchar(100) not null,
    loss_rate           numeric(5, 1) not null,
    source              varchar(300),
    recorded_by         bigint not null references app_user (id),
    recorded_on         date not null,
    constraint uq_retention_competitor_estimate unique (estimate_year, competitor_key)
);
