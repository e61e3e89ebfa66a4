-- One-year key-account plans (大客户年度计划, issue 19, ADR 0035): one plan per account and year, DRAFT →
-- SUBMITTED → APPROVED (or back to DRAFT), with objectives measured by the KPI engine on the account's scope,
-- an action plan, and quarterly reviews.
create table ka_plan (
    id              bigint primary key,
    version         integer not null default 0,
    created_at      timestamp(6) with time zone not null,
    customer_id     bigint not null references customer (id),
    plan_year       integer not null,
    owner_id        bigint not null references app_user (id),
    status          varchar(12) not null,
    vision          varchar(2000),
    swot            varchar(4000),
    strategies      varchar(4000),
    risks           varchar(2000),
    submitted_on    date,
    decided_by      bigint references app_user (id),
    decided_on      date,
    decision_note   varchar(1000),
    constraint uq_ka_plan_customer_year unique (customer_id, plan_year)
);
create index ix_ka_plan_status on ka_plan (status, owner_id);

-- an objective: a KPI of the catalogue (SALES, PROFIT, ORDERS, VISITS …) on the account's scope over the plan
-- year, with its target, owner and due date
create table ka_plan_objective (
    plan_id         bigint not null references ka_plan (id) on delete cascade,
    position        integer not null,
    description     varchar(300) not null,
    kpi_code        varchar(40) not null,
    target          numeric(16, 2) not null,
    owner_id        bigint references app_user (id),
    due_on          date,
    primary key (plan_id, position)
);

create table ka_plan_action (
    plan_id         bigint not null references ka_plan (id) on delete cascade,
    position        integer not null,
    title           varchar(300) not null,
    owner_id        bigint references app_user (id),
    due_on          date,
    status          varchar(12) not null,
    primary key (plan_id, position)
);
create index ix_ka_plan_action_owner on ka_plan_action (owner_id, status, due_on);

create table ka_plan_review (
    plan_id         bigint not null references ka_plan (id) on delete cascade,
    quarter         integer not null,
    progress        varchar(2000) not null,
    reviewed_on     date not null,
    reviewer_id     bigint not null references app_user (id),
    primary key (plan_id, quarter)
);
