-- 认可成绩 (issue 17 item 7, ADR 0046): achievements earned from the data and managers' praise, one row each.
-- An achievement is earned once: (user, kind, subject) is unique, the subject naming what earned it (a customer,
-- a month, a service request, a contest); a praise has a subject of its own. Rows are never revoked.
create table recognition (
    user_id     bigint not null references app_user (id),
    -- NEW_CUSTOMER, MONTH_AT_STANDARD, COMPLAINT_IN_TIME, CONTEST_PRIZE, PRAISE
    kind        varchar(30) not null,
    subject     varchar(60) not null,
    earned_on   date not null,
    -- shown with the kind's text: the month, the contest's name; never a customer's name
    detail      varchar(200),
    praised_by  bigint references app_user (id),
    message     varchar(500),
    created_at  timestamp(6) with time zone not null,
    primary key (user_id, kind, subject)
);
create index ix_recognition_earned on recognition (earned_on);
