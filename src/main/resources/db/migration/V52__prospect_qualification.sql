-- Prospect qualification (潜在客户资格审核) and the conversions of prospects into customers (module customer).

-- The criteria a prospect is qualified against, set by directors and admins; a required criterion must be
-- answered yes for the prospect to be qualified. Retired criteria stay for the answers that name them.
create table qualification_criterion (
    id          bigint primary key,
    version     integer not null default 0,
    name        varchar(200) not null,
    required    boolean not null,
    active      boolean not null default true,
    sort_order    integer not null,
    created_at  timestamp(6) with time zone not null
);

insert into qualification_criterion (id, version, name, required, active, sort_order, created_at)
values (nextval('app_seq'), 0, '有采购我们产品的需求', true, true, 1, current_timestamp),
       (nextval('app_seq'), 0, '预算已知', true, true, 2, current_timestamp),
       (nextval('app_seq'), 0, '已找到决策人', true, true, 3, current_timestamp),
       (nextval('app_seq'), 0, '年采购潜力不低于 20 万元', false, true, 4, current_timestamp);

-- One row each time a rep qualifies a prospect (kept over time); the latest one counts.
create table prospect_qualification (
    id              bigint primary key,
    version         integer not null default 0,
    customer_id     bigint not null references customer (id) on delete cascade,
    qualified_by    bigint not null references app_user (id),
    qualified_on    date not null,
    qualified       boolean not null,
    note            varchar(1000),
    created_at      timestamp(6) with time zone not null
);
create index ix_prospect_qualification_customer on prospect_qualification (customer_id, id);

create table prospect_qualification_answer (
    qualification_id  bigint not null references prospect_qualification (id) on delete cascade,
    criterion_id      bigint not null references qualification_criterion (id),
    answer            boolean not null,
    primary key (qualification_id, criterion_id)
);

-- The customer's standing qualification: null = never qualified, or the latest one failed.
alter table customer add column qualified_on date;

-- Both tables belong to their customer: deleting a customer (only a prospect without orders can be)
-- deletes its qualifications and conversions with it.
-- 潜在客户转化: one row per conversion (first order of a prospect), credited to the owner of that day and
-- noting whether the prospect was qualified then. A withdrawn first order deletes it.
create table prospect_conversion (
    id            bigint primary key,
    customer_id   bigint not null references customer (id) on delete cascade,
    rep_id        bigint references app_user (id),
    converted_on  date not null,
    qualified     boolean not null,
    created_at    timestamp(6) with time zone not null
);
create index ix_prospect_conversion_rep_date on prospect_conversion (rep_id, converted_on);
create index ix_prospect_conversion_customer on prospect_conversion (customer_id);
