-- Visits (拜访) with objective, result and next step; the weekly visit schedule (每周访问安排) and its review;
-- minimum activity standards (最低标准); private calendar feed tokens.

-- visit_date is the day of the visit: the planned day, and the day of the actual start once completed.
-- Visibility is by rep_id (the visiting rep).
create table visit (
    id                      bigint primary key,
    version                 integer not null default 0,
    rep_id                  bigint not null references app_user (id),
    customer_id             bigint not null references customer (id),
    -- NEW_CUSTOMER, RELATIONSHIP, NEEDS, PROPOSAL, DEMONSTRATION, NEGOTIATION, SERVICE, COLLECTION
    visit_type              varchar(20) not null,
    -- PLANNED, COMPLETED, CANCELLED, MISSED
    status                  varchar(20) not null,
    planned_at              timestamp(6) not null,
    visit_date              date not null,
    objective               varchar(500) not null,
    contacts_met            varchar(300),
    opportunity_id          bigint,
    actual_start            timestamp(6),
    actual_end              timestamp(6),
    duration_minutes        integer,
    presentation_minutes    integer,
    result                  varchar(2000),
    next_action             varchar(500),
    next_visit_date         date,
    follow_up_id            bigint,
    previous_visit_id       bigint,
    expense_travel          numeric(19, 2) not null default 0,
    expense_meals           numeric(19, 2) not null default 0,
    expense_gifts           numeric(19, 2) not null default 0,
    expense_other           numeric(19, 2) not null default 0,
    cancel_reason           varchar(500),
    customer_was_prospect   boolean not null default false,
    created_by              bigint references app_user (id),
    created_at              timestamp(6) with time zone not null
);
create index ix_visit_rep_date on visit (rep_id, visit_date);
create index ix_visit_customer_date on visit (customer_id, visit_date);
create index ix_visit_status_date on visit (status, visit_date);

-- One row per rep and ISO week once the rep submits; no row = DRAFT.
create table visit_plan (
    id              bigint primary key,
    version         integer not null default 0,
    rep_id          bigint not null references app_user (id),
    iso_week        varchar(8) not null,
    -- DRAFT, SUBMITTED, APPROVED, RETURNED
    status          varchar(20) not null,
    submitted_at    timestamp(6) with time zone,
    reviewed_by     bigint references app_user (id),
    reviewed_at     timestamp(6) with time zone,
    review_comment  varchar(1000),
    created_at      timestamp(6) with time zone not null,
    constraint uq_visit_plan unique (rep_id, iso_week)
);

-- Minimum activity per WEEK or MONTH: for one rep, for a team, or the company default (both null).
-- The most specific row applies: rep, then the rep's team, then the default.
-- (At most one row per scope and period, kept by VisitStandards: H2 has no expression indexes.)
create table visit_standard (
    id                  bigint primary key,
    version             integer not null default 0,
    team_id             bigint references sales_team (id),
    rep_id              bigint references app_user (id),
    period              varchar(10) not null,
    min_visits          integer not null,
    min_new_prospects   integer not null,
    min_conversions     integer not null,
    min_proposals       integer not null,
    created_at          timestamp(6) with time zone not null
);

insert into visit_standard (id, version, team_id, rep_id, period, min_visits, min_new_prospects, min_conversions,
                            min_proposals, created_at)
values (nextval('app_seq'), 0, null, null, 'WEEK', 10, 0, 0, 1, current_timestamp),
       (nextval('app_seq'), 0, null, null, 'MONTH', 40, 2, 1, 4, current_timestamp);

-- A private, revocable token per rep for the iCalendar feed of their visits.
create table visit_calendar_token (
    rep_id      bigint primary key references app_user (id),
    token       varchar(64) not null,
    created_at  timestamp(6) with time zone not null,
    constraint uq_visit_calendar_token unique (token)
);
