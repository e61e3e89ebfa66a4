-- Annual review meetings with key customers (年度评估会议, ADR 0047): one or two per key account and year, planned
-- for a day, held with the handbook's planning points as a checklist, minutes (feedback, satisfaction, new needs,
-- referral asked and received) and actions with owner and due date.
create table retention_account_review (
    id                  bigint primary key,
    version             integer not null default 0,
    created_at          timestamp(6) with time zone not null,
    customer_id         bigint not null references customer (id),
    review_year         integer not null,
    planned_on          date not null,
    organizer_id        bigint not null references app_user (id),
    -- PLANNED, HELD, CANCELLED
    status              varchar(10) not null,
    held_on             date,
    -- the planning points ticked, comma-separated codes (AccountReviewPoint)
    checklist           varchar(300),
    attendees           varchar(500),
    feedback            varchar(2000),
    -- the customer's overall satisfaction in the meeting, 1–5
    satisfaction        integer,
    new_needs           varchar(2000),
    referral_asked      boolean not null default false,
    referral_received   varchar(300),
    minutes             varchar(4000)
);
create index ix_retention_review_customer on retention_account_review (customer_id, review_year);
create index ix_retention_review_planned on retention_account_review (status, planned_on);

create table retention_review_action (
    review_id           bigint not null references retention_account_review (id) on delete cascade,
    position            integer not null,
    description         varchar(500) not null,
    owner_id            bigint not null references app_user (id),
    due_on              date not null,
    done_on             date,
    primary key (review_id, position)
);
create index ix_retention_review_action_owner on retention_review_action (owner_id, done_on, due_on);
