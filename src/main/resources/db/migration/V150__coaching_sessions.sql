-- Coaching sessions on real visits (指导的五个步骤, issue 16, ADR 0031): a manager coaches a rep on one visit in
-- the handbook's five steps; the debrief in its three phases and the coaching model's five points.

create table coaching_session (
    id                  bigint primary key,
    version             integer not null default 0,
    coach_id            bigint not null references app_user (id),
    rep_id              bigint not null references app_user (id),
    visit_id            bigint not null references visit (id),
    opportunity_id      bigint,
    -- the opportunity's amount was above the large-deal threshold when the session started (plan–do–check)
    large_deal          boolean not null default false,
    threshold_amount    numeric(19, 2),
    -- the next step to record: OBJECTIVE, PLAN, OBSERVE, DEBRIEF, REVIEW; DONE when reviewed
    step                varchar(20) not null,
    -- the coach took part in the selling: recorded as a joint call, not counted as coaching
    joint_call          boolean not null default false,
    objective           varchar(2000),
    action_plan         varchar(2000),
    plan_rationale      varchar(2000),
    plan_recorded_at    timestamp(6) with time zone,
    observations        varchar(2000),
    why_questions       varchar(2000),
    feelings            varchar(2000),
    what_happened       varchar(2000),
    buyer_why           varchar(2000),
    went_best           varchar(2000),
    to_improve          varchar(2000),
    coach_observations  varchar(2000),
    problems            varchar(2000),
    rep_solutions       varchar(2000),
    suggestions         varchar(2000),
    practice            varchar(2000),
    next_objective      varchar(2000),
    next_plan           varchar(2000),
    repeat_needed       boolean not null default false,
    -- the business day the review was recorded: the period COACHING_SESSIONS and COACHING_COVERAGE count it in
    completed_on        date,
    created_at          timestamp(6) with time zone not null,
    constraint uq_coaching_session_visit unique (visit_id)
);
create index ix_coaching_session_rep on coaching_session (rep_id, completed_on);
create index ix_coaching_session_coach on coaching_session (coach_id, step);
