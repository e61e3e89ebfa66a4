-- Goals (销售目标): a target of one type for one scope (company, team, territory or rep, written as the KPI
-- engine's scope text) and one calendar month, quarter or year; approved by the superior. A rep's goal made
-- by allocating a team goal keeps the team goal as parent.
create table goal (
    id                  bigint primary key,
    version             integer not null default 0,
    created_at          timestamp(6) with time zone not null,
    goal_type           varchar(30) not null,
    -- company | team:{id} | territory:{code} | rep:{username}
    scope               varchar(120) not null,
    -- the rep's user id for a rep goal, the team id for a team goal: what visibility filters on
    owner_id            bigint references app_user (id),
    team_id             bigint references sales_team (id),
    period_kind         varchar(10) not null,
    period_from         date not null,
    period_to           date not null,
    target              numeric(19, 2) not null,
    stretch             numeric(19, 2),
    -- DRAFT, SUBMITTED, APPROVED
    status              varchar(12) not null,
    review_comment      varchar(500),
    approved_by         bigint references app_user (id),
    approved_at         timestamp(6) with time zone,
    parent_id           bigint references goal (id),
    allocation_method   varchar(20),
    customer_id         bigint references customer (id),
    product_category    varchar(100),
    segment_id          bigint,
    notes               varchar(1000)
);
create index ix_goal_owner on goal (owner_id, period_from);
create index ix_goal_team on goal (team_id, period_from);
create index ix_goal_lookup on goal (goal_type, scope, period_from, period_to);
create index ix_goal_parent on goal (parent_id);
