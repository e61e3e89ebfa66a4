-- Customer retention (客户保持): customers confirmed lost with the reason, and the exit interview each one opens.
-- The defection clock and the at-risk score are computed on read from the orders (ADR 0029): no table.

create table retention_lost_customer (
    id              bigint primary key,
    version         integer not null default 0,
    customer_id     bigint not null references customer (id),
    -- PRICE, QUALITY, DELIVERY, SERVICE_NEGLECT, PRODUCT_FIT, COMPETITOR, CONTACT_LEFT, CREDIT_STOPPED,
    -- CUSTOMER_CLOSED, OTHER
    reason          varchar(30) not null,
    preventable     boolean not null,
    competitor      varchar(200),
    note            varchar(1000),
    lost_on         date not null,
    -- as the customer stood when it was lost: the reasons by team and class read these
    owner_id        bigint references app_user (id),
    team_id         bigint references sales_team (id),
    customer_class  varchar(1) not null,
    recorded_by     bigint not null references app_user (id),
    created_at      timestamp(6) with time zone not null
);
create index ix_lost_customer on retention_lost_customer (customer_id);
create index ix_lost_on on retention_lost_customer (lost_on);

create table retention_exit_interview (
    id                  bigint primary key,
    version             integer not null default 0,
    lost_id             bigint not null references retention_lost_customer (id),
    customer_id         bigint not null references customer (id),
    assignee_id         bigint references app_user (id),
    due_on              date not null,
    -- OPEN, DONE
    status              varchar(10) not null,
    why_stopped         varchar(2000),
    where_disappointed  varchar(2000),
    competitor_offer    varchar(2000),
    done_on             date,
    created_at          timestamp(6) with time zone not null
);
create index ix_exit_interview_lost on retention_exit_interview (lost_id);
create index ix_exit_interview_assignee on retention_exit_interview (assignee_id, status, due_on);
