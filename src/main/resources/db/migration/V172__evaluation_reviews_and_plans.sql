-- Progress-potential reviews (进步潜力评估, the handbook's chapter 5 form): written by the manager about a rep, with
-- the rep's quartile as the scorecard showed it for the reviewed period (taken from the data, never typed), shared
-- with the rep, who acknowledges it and may comment; a director may calibrate its place in the 9-box with a reason.
-- The table is audited (potentialReview): calibrations and every other change appear in the audit trail.
create table potential_review (
    id                       bigint primary key,
    version                  integer not null default 0,
    created_at               timestamp(6) with time zone not null,
    rep_id                   bigint not null references app_user (id),
    author_id                bigint not null references app_user (id),
    -- the scorecard period whose quartile and score are shown on the review
    period_from              date not null,
    period_to                date not null,
    quartile                 integer,
    score                    numeric(5, 2),
    willing_to_relocate      boolean,
    willing_other_territory  boolean,
    promote_now              boolean not null,
    future_candidate         boolean not null,
    positions                varchar(500),
    -- NOW, SIX_MONTHS, ONE_YEAR (a future candidate only)
    candidate_when           varchar(12),
    to_qualify               varchar(2000),
    strengths                varchar(2000) not null,
    weaknesses               varchar(2000),
    meeting_on               date,
    -- DRAFT, SHARED, ACKNOWLEDGED
    status                   varchar(12) not null,
    shared_at                timestamp(6) with time zone,
    acknowledged_at          timestamp(6) with time zone,
    rep_comment              varchar(2000),
    -- a director's calibration of the 9-box (HIGH, MEDIUM, LOW) and why
    calibrated_performance   varchar(6),
    calibrated_potential     varchar(6),
    calibration_reason       varchar(1000),
    calibrated_by            bigint references app_user (id)
);
create index ix_potential_review_rep on potential_review (rep_id, period_to);

-- Development plans (职业发展计划), the handbook's three columns: what the rep does, what the manager does to help,
-- what the company does. Follow-ups fall 30, 60 and 90 days after the start; each is recorded when held.
create table development_plan (
    id               bigint primary key,
    version          integer not null default 0,
    created_at       timestamp(6) with time zone not null,
    rep_id           bigint not null references app_user (id),
    created_by       bigint not null references app_user (id),
    review_id        bigint references potential_review (id),
    title            varchar(200) not null,
    started_on       date not null,
    follow_up_30_on  date,
    follow_up_60_on  date,
    follow_up_90_on  date
);
create index ix_development_plan_rep on development_plan (rep_id);

create table development_plan_item (
    id          bigint primary key,
    version     integer not null default 0,
    created_at  timestamp(6) with time zone not null,
    plan_id     bigint not null references development_plan (id) on delete cascade,
    -- REP, MANAGER, COMPANY: the handbook's three columns
    owner       varchar(10) not null,
    goal        varchar(500) not null,
    action      varchar(1000),
    -- a KPI code of the catalogue, or a skill in words
    kpi_code    varchar(40),
    skill       varchar(200),
    due_on      date not null,
    -- OPEN, DONE, DROPPED
    status      varchar(10) not null,
    done_on     date
);
create index ix_development_item_plan on development_plan_item (plan_id);
create index ix_development_item_due on development_plan_item (due_on);
