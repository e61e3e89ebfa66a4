-- Work log of the field (module activity): other (non-selling) activities, time use by category per day,
-- the manager's week (每周计划指南) and the manager's self-assessments over time.

-- 非销售活动: one line per activity done by a rep (owner_id); customer_id is optional.
create table activity_log (
    id                bigint primary key,
    version           integer not null default 0,
    owner_id          bigint not null references app_user (id),
    activity_date     date not null,
    -- PROSPECT_CALL, PROSPECT_LETTER, PROPOSAL, QUOTE, DEMONSTRATION, SERVICE_VISIT, COMPLAINT_RESOLVED,
    -- RECEIVABLE_COLLECTED, ADVERTISING, TRAINING
    activity_type     varchar(30) not null,
    customer_id       bigint references customer (id),
    duration_minutes  integer not null,
    -- CNY collected, RECEIVABLE_COLLECTED only
    amount            numeric(19, 2),
    outcome           varchar(1000),
    created_at        timestamp(6) with time zone not null
);
create index ix_activity_log_owner_date on activity_log (owner_id, activity_date);
create index ix_activity_log_customer_date on activity_log (customer_id, activity_date);

-- 时间管理: one row per user and day, its minutes per category in time_entry_minutes.
create table time_entry (
    id          bigint primary key,
    version     integer not null default 0,
    user_id     bigint not null references app_user (id),
    entry_date  date not null,
    created_at  timestamp(6) with time zone not null,
    constraint uq_time_entry_user_date unique (user_id, entry_date)
);
create index ix_time_entry_date on time_entry (entry_date);

create table time_entry_minutes (
    time_entry_id  bigint not null references time_entry (id) on delete cascade,
    category       varchar(30) not null,
    minutes        integer not null,
    primary key (time_entry_id, category)
);

-- 每周计划指南: one per manager and ISO week (week_start is its Monday).
create table manager_week (
    id          bigint primary key,
    version     integer not null default 0,
    manager_id  bigint not null references app_user (id),
    iso_week    varchar(8) not null,
    week_start  date not null,
    review      varchar(4000),
    created_at  timestamp(6) with time zone not null,
    constraint uq_manager_week unique (manager_id, iso_week)
);

create table manager_week_goal (
    manager_week_id  bigint not null references manager_week (id) on delete cascade,
    goal_no          integer not null,
    text             varchar(500) not null,
    primary key (manager_week_id, goal_no)
);

-- the five highest-return tasks from each perspective: SUPERIOR, CUSTOMERS, OWN; task_rank 1..5
create table manager_week_task (
    manager_week_id  bigint not null references manager_week (id) on delete cascade,
    perspective      varchar(20) not null,
    task_rank        integer not null,
    text             varchar(300) not null,
    primary key (manager_week_id, perspective, task_rank)
);

-- 销售经理工作流程 self-rating (six steps) and the 20 sales-management skills, kept over time.
create table self_assessment (
    id           bigint primary key,
    version      integer not null default 0,
    manager_id   bigint not null references app_user (id),
    assessed_on  date not null,
    note         varchar(2000),
    created_at   timestamp(6) with time zone not null,
    constraint uq_self_assessment unique (manager_id, assessed_on)
);

-- item: STEP_1..STEP_6 or SKILL_1..SKILL_20; rating: EXCELLENT (优), GOOD (良), FAIR (普通), POOR (差)
create table self_assessment_rating (
    self_assessment_id  bigint not null references self_assessment (id) on delete cascade,
    item                varchar(20) not null,
    rating              varchar(10) not null,
    primary key (self_assessment_id, item)
);
