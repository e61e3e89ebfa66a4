-- Recruiting (招聘, the handbook's chapter 2): open positions, candidates (people without a login), interviews
-- scored 1–5 on the traits of the best salespeople (nine) and of the super salespeople (five), the three basic
-- qualities in words; a decision once at least two interviewers have scored; a hire keeps the link to the user the
-- admin created and to the first-90-days development plan. Candidates' personal data is masked in the audit trail
-- and deleted with the candidate on request (docs/adr/0037).
create table recruit_position (
    id          bigint primary key,
    version     integer not null default 0,
    created_at  timestamp(6) with time zone not null,
    title       varchar(200) not null,
    team_id     bigint references sales_team (id),
    opened_on   date not null,
    -- OPEN, CLOSED
    status      varchar(10) not null,
    created_by  bigint not null references app_user (id)
);

create table recruit_candidate (
    id             bigint primary key,
    version        integer not null default 0,
    created_at     timestamp(6) with time zone not null,
    position_id    bigint not null references recruit_position (id),
    full_name      varchar(100) not null,
    phone          varchar(40),
    email          varchar(200),
    source         varchar(200),
    -- APPLIED, INTERVIEWING, OFFERED, HIRED, REJECTED, WITHDRAWN
    status         varchar(12) not null,
    decision_note  varchar(1000),
    hired_user_id  bigint references app_user (id),
    hired_on       date,
    plan_id        bigint references development_plan (id)
);
create index ix_recruit_candidate_position on recruit_candidate (position_id);

create table recruit_interview (
    id               bigint primary key,
    version          integer not null default 0,
    created_at       timestamp(6) with time zone not null,
    candidate_id     bigint not null references recruit_candidate (id) on delete cascade,
    interviewer_id   bigint not null references app_user (id),
    held_on          date not null,
    -- the handbook's three basic qualities, in the interviewer's words
    basic_qualities  varchar(2000),
    constraint uq_recruit_interview unique (candidate_id, interviewer_id)
);

create table recruit_interview_score (
    interview_id  bigint not null references recruit_interview (id) on delete cascade,
    trait         varchar(30) not null,
    score         integer not null,
    evidence      varchar(1000),
    primary key (interview_id, trait)
);
