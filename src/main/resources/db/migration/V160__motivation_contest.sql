-- Sales contests (销售竞赛, ADR 0032). The status is not stored: a contest is a DRAFT until launched_at is set,
-- and from then on its dates and the clock say SCHEDULED, RUNNING, CLOSING (grace days), FINAL or EVALUATED.
-- Rules, scoring and participants are frozen once launched; changes before that raise rules_version and go to
-- the audit trail.
create table contest (
    id              bigint primary key,
    version         integer not null default 0,
    created_at      timestamp(6) with time zone not null,
    name            varchar(200) not null,
    theme           varchar(200),
    kpi_code        varchar(40) not null,
    date_from       date not null,
    date_to         date not null,
    grace_days      integer not null default 3,
    -- ABSOLUTE, PCT_OF_TARGET, LIFT, PER_POTENTIAL, BRACKETED
    scoring         varchar(20) not null,
    -- THRESHOLD, TOP_N, TIERS
    prize_mode      varchar(20) not null,
    top_n           integer,
    threshold       numeric(19, 4),
    tier_target     numeric(19, 4),
    tier_sprint     numeric(19, 4),
    tier_challenge  numeric(19, 4),
    prizes          varchar(1000),
    prize_cost      numeric(19, 2) not null default 0,
    budget          numeric(19, 2) not null default 0,
    rules_text      varchar(4000),
    -- the share of their accounts' results credited to support staff
    assist_share    numeric(5, 4) not null default 0.2000,
    owner_id        bigint not null references app_user (id),
    rules_version   integer not null default 1,
    launched_at     timestamp(6) with time zone,
    override_reason varchar(1000)
);
create index ix_contest_dates on contest (date_to, date_from);

create table contest_team (
    contest_id  bigint not null references contest (id) on delete cascade,
    team_id     bigint not null references sales_team (id),
    primary key (contest_id, team_id)
);

-- the participants as resolved when the contest was saved: reps (kind REP) and support staff (kind SUPPORT)
create table contest_participant (
    contest_id  bigint not null references contest (id) on delete cascade,
    username    varchar(100) not null,
    primary key (contest_id, username)
);

create table contest_support (
    contest_id  bigint not null references contest (id) on delete cascade,
    username    varchar(100) not null,
    primary key (contest_id, username)
);

create table contest_committee (
    contest_id  bigint not null references contest (id) on delete cascade,
    username    varchar(100) not null,
    primary key (contest_id, username)
);
