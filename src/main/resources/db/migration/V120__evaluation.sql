-- Scorecard templates (评价标准): for a role, the metrics (KPI codes of the catalogue or the evaluation module's
-- own codes) and their weights, applying from a date on; a period is scored by the newest template whose
-- valid_from is on or before the period's last day. Changes go to the audit trail.
create table scorecard_template (
    id          bigint primary key,
    version     integer not null default 0,
    created_at  timestamp(6) with time zone not null,
    -- REP or MANAGER
    role        varchar(20) not null,
    valid_from  date not null,
    -- CODE:weight,CODE:weight,… in the order shown; the weights add up to 100
    metrics     varchar(1000) not null,
    constraint uq_scorecard_template unique (role, valid_from)
);

-- The handbook's rep template: results 40, customer development 25, effort and efficiency 20, service 15.
insert into scorecard_template (id, version, created_at, role, valid_from, metrics)
values (nextval('app_seq'), 0, current_timestamp, 'REP', date '2000-01-01',
        'SALES_VS_GOAL:20,PROFIT:20,NEW_CUSTOMERS:10,NEW_CUSTOMER_CONVERSION:5,RETENTION_RATE:10,VISITS_PER_DAY:5,PROSPECT_VISIT_SHARE:5,SALES_COST_RATIO:10,COMPLAINTS_RESOLVED:5,RECEIVABLES_COLLECTED:5,DEVELOPMENT_ITEMS_DONE:5'),
       (nextval('app_seq'), 0, current_timestamp, 'MANAGER', date '2000-01-01',
        'TEAM_MEDIAN_SCORE:30,SALES_VS_GOAL:25,RETENTION_RATE:15,SCHEDULES_REVIEWED_ON_TIME:15,TIME_SPLIT_FIT:15');

-- Since when a user holds a role, for the rule "rated after 90 days in the role"; a user without a row is in
-- the role since the day their account was created.
create table role_tenure (
    user_id  bigint not null references app_user (id) on delete cascade,
    role     varchar(20) not null,
    since    date not null,
    primary key (user_id, role)
);

-- The thresholds of the imbalance flags (the Joe Martin check), editable by directors and admins (audited).
create table imbalance_threshold (
    id          bigint primary key,
    version     integer not null default 0,
    created_at  timestamp(6) with time zone not null,
    name        varchar(40) not null,
    amount      numeric(12, 4) not null,
    constraint uq_imbalance_threshold unique (name)
);
insert into imbalance_threshold (id, version, created_at, name, amount)
values (nextval('app_seq'), 0, current_timestamp, 'HIGH_PERCENTILE', 75),
       (nextval('app_seq'), 0, current_timestamp, 'LOW_PERCENTILE', 25),
       (nextval('app_seq'), 0, current_timestamp, 'PROSPECT_SHARE_MAX', 0.10),
       (nextval('app_seq'), 0, current_timestamp, 'GOAL_BAND_LOW', 0.90),
       (nextval('app_seq'), 0, current_timestamp, 'GOAL_BAND_HIGH', 1.05);
