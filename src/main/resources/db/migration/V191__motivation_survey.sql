-- 激励因素评分 (issue 17, ADR 0039): each rep's latest rating, 1–5, of the handbook's seven means of motivation
-- and of three kinds of prize (money, recognition, development). A new answer replaces the rep's old one. A team's
-- profile is the mean over its current reps' answers, shown only from five answers on (anonymous below).
create table motivation_rating (
    user_id     bigint not null references app_user (id),
    factor      varchar(30) not null,
    rating      integer not null,
    answered_on date not null,
    primary key (user_id, factor),
    constraint ck_motivation_rating check (rating between 1 and 5)
);
