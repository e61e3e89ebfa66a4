-- Customer satisfaction (衡量顾客满意度, ADR 0034): a survey sent as a link that works without signing in (a random
-- token, stored only as its SHA-256 hash; single use; expiring), its answer, and the follow-up a detractor opens.
create table retention_survey (
    id                  bigint primary key,
    version             integer not null default 0,
    created_at          timestamp(6) with time zone not null,
    customer_id         bigint not null references customer (id),
    contact_id          bigint references contact (id),
    -- CSAT (1–5), NPS (0–10)
    kind                varchar(4) not null,
    token_hash          varchar(64) not null,
    sent_by             bigint not null references app_user (id),
    sent_at             timestamp(6) with time zone not null,
    expires_at          timestamp(6) with time zone not null,
    answered_at         timestamp(6) with time zone,
    score               integer,
    answer_comment      varchar(1000),
    detractor           boolean not null default false,
    -- a detractor's follow-up: for the customer's owner, due in two working days
    follow_up_assignee  bigint references app_user (id),
    follow_up_due       date,
    follow_up_done_on   date,
    constraint uq_retention_survey_token unique (token_hash)
);
create index ix_retention_survey_customer on retention_survey (customer_id, sent_at);
create index ix_retention_survey_follow_up on retention_survey (follow_up_assignee, follow_up_done_on);
