-- The skills self-test (知识与技巧测验表, issue 16, ADR 0031): a rep rates importance and ability per item, the
-- manager rates the rep's ability too; one test per rep and day, repeated tests show the trend.

create table self_test (
    id              bigint primary key,
    version         integer not null default 0,
    rep_id          bigint not null references app_user (id),
    taken_on        date not null,
    -- who rated the rep's ability last, and when
    rated_by        bigint references app_user (id),
    rated_on        date,
    created_at      timestamp(6) with time zone not null,
    constraint uq_self_test unique (rep_id, taken_on)
);

-- importance and ability 1–3 by the rep, manager_ability 1–3 by the manager; null until rated
create table self_test_answer (
    self_test_id    bigint not null references self_test (id),
    item_code       varchar(40) not null,
    importance      integer,
    ability         integer,
    manager_ability integer,
    primary key (self_test_id, item_code)
);
